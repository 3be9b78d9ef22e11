package org.accord.search;

import org.accord.crosswalk.ProvisionMatcher;
import org.accord.shared.UnavailableException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Crosswalk suggestions from the search index: provisions are indexed there anyway (public, per language), so one
 * index serves people searching and editors mapping. Provisions reach it through the outbox, seconds after a change.
 */
@Component
class ProvisionSimilarity implements ProvisionMatcher {

    private static final String PREFIX = "provision:";

    private final SearchIndex index;

    ProvisionSimilarity(SearchIndex index) {
        this.index = index;
    }

    @Override
    public List<Match> similar(String clauseTitle, String clauseText, int limit, Set<UUID> exclude) {
        Set<String> excluded = exclude.stream().map(id -> PREFIX + id).collect(Collectors.toSet());
        // Clauses are drafted in English (ISO/IEC working language); provisions in other languages are not compared.
        SimilarQuery query = new SimilarQuery(clauseTitle, clauseText, "en", Set.of(SearchKind.PROVISION), excluded,
                DRAFTING_WORDS, Set.of("public"), limit);
        List<SearchHit> hits;
        try {
            hits = index.similar(query);
        } catch (RuntimeException e) {
            throw new UnavailableException("Suggestions are unavailable while the search index is down ("
                    + index.health().engine() + "); mapping by hand still works.", e);
        }
        return hits.stream().filter(h -> h.id().startsWith(PREFIX))
                .map(h -> new Match(UUID.fromString(h.id().substring(PREFIX.length())), h.score())).toList();
    }
}
