package org.accord.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

import java.util.*;

@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "Full-text search across clauses, terms, comments, provisions and publications")
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping
    @Operation(summary = "Search; filters per facet (kind, committee, jurisdiction, bindingNature, stage, language) "
            + "may repeat. Only what the caller may open is returned. Syntax errors degrade to plain words; an unreachable index is a 503")
    SearchResult search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) List<String> kind,
                        @RequestParam(required = false) List<String> committee, @RequestParam(required = false) List<String> jurisdiction,
                        @RequestParam(required = false) List<String> bindingNature, @RequestParam(required = false) List<String> stage,
                        @RequestParam(required = false) List<String> language, @RequestParam(defaultValue = "20") int limit) {
        Map<String, Set<String>> filters = new HashMap<>();
        put(filters, "kind", kind == null ? null : kind.stream().map(k -> k.toUpperCase(Locale.ROOT)).toList());
        put(filters, "committee", committee);
        put(filters, "jurisdiction", jurisdiction);
        put(filters, "bindingNature", bindingNature);
        put(filters, "stage", stage);
        put(filters, "language", language);
        return search.searchOrFail(q, filters, limit);
    }

    private static void put(Map<String, Set<String>> filters, String facet, List<String> values) {
        if (values != null && !values.isEmpty()) {
            filters.put(facet, new HashSet<>(values));
        }
    }

    @GetMapping("/status")
    @Operation(summary = "Index health, document count and changes waiting in the outbox (secretariat)")
    SearchService.Status status() {
        return search.status();
    }

    @PostMapping("/reindex")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild the index from the database in the background (secretariat)")
    void reindex() {
        search.reindexAll();
    }
}
