package org.accord.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.*;
import jakarta.annotation.security.PermitAll;
import org.accord.search.*;

import java.util.*;

/**
 * Search results grouped by kind, with highlighted snippets and facets to narrow them; only what the reader may
 * open is shown. The query lives in the URL ({@code /search?q=…&kind=CLAUSE}) so results can be shared.
 */
@Route("search")
@PageTitle("Search · Accord")
@PermitAll
public class SearchView extends Main implements BeforeEnterObserver {

    private static final Map<String, String> FACET_LABELS = new LinkedHashMap<>();

    static {
        FACET_LABELS.put("kind", "Kind");
        FACET_LABELS.put("committee", "Committee");
        FACET_LABELS.put("jurisdiction", "Jurisdiction");
        FACET_LABELS.put("bindingNature", "Binding nature");
        FACET_LABELS.put("stage", "Stage");
        FACET_LABELS.put("language", "Language");
    }

    private final SearchService search;
    private final TextField query = new TextField();
    private final Div facets = new Div();
    private final Div results = new Div();
    private Map<String, Set<String>> filters = new HashMap<>();

    private final boolean staff;

    SearchView(SearchService search, org.accord.shared.security.WorkingGroupAccess access) {
        this.search = search;
        this.staff = access.isStaff();
        addClassName("search-view");
        query.setId("search-query");
        query.setLabel("Search");
        query.setWidth("min(100%, 40em)");
        query.setClearButtonVisible(true);
        query.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> go(query.getValue(), filters));
        facets.addClassName("search-facets");
        facets.getElement().setAttribute("aria-label", "Narrow the results");
        results.setId("search-results");
        results.getElement().setAttribute("aria-live", "polite");
        Div body = new Div(facets, results);
        body.addClassName("search-body");
        add(new H2("Search"), query, body);
        if (staff) {
            add(indexPanel());
        }
    }

    /** For the secretariat: the index's state, and a rebuild from the database with its progress. */
    private com.vaadin.flow.component.details.Details indexPanel() {
        Div box = new Div();
        box.setId("search-index-status");
        com.vaadin.flow.component.progressbar.ProgressBar bar = new com.vaadin.flow.component.progressbar.ProgressBar(0, 1);
        bar.getElement().setAttribute("aria-label", "Rebuild progress");
        bar.setVisible(false);
        Paragraph state = new Paragraph();
        Runnable refresh = () -> {
            SearchService.Status s = search.status();
            state.setText(s.health().engine() + (s.health().up() ? " · up" : " · DOWN") + " · " + s.documents()
                    + " documents · " + s.pendingChanges() + " changes waiting"
                    + (s.lastError() == null ? "" : " · last error: " + s.lastError())
                    + (s.health().notes().isEmpty() ? "" : " · " + String.join("; ", s.health().notes())));
            bar.setVisible(s.reindexProgress() >= 0 || s.pendingChanges() > 0);
            bar.setValue(Math.max(0, Math.min(1, s.reindexProgress())));
        };
        com.vaadin.flow.component.button.Button rebuild = new com.vaadin.flow.component.button.Button("Rebuild index", e -> {
            search.reindexAll();
            UiText.notify("Rebuilding the index in the background.", false);
            refresh.run();
        });
        com.vaadin.flow.component.button.Button check = new com.vaadin.flow.component.button.Button("Refresh", e -> refresh.run());
        box.add(state, bar, rebuild, check);
        refresh.run();
        return new com.vaadin.flow.component.details.Details("Search index (secretariat)", box);
    }

    private void go(String q, Map<String, Set<String>> f) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("q", List.of(q == null ? "" : q));
        f.forEach((k, v) -> params.put(k, new ArrayList<>(v)));
        UI().navigate("search", new QueryParameters(params));
    }

    private com.vaadin.flow.component.UI UI() {
        return getUI().orElseGet(com.vaadin.flow.component.UI::getCurrent);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        String q = params.getOrDefault("q", List.of("")).stream().findFirst().orElse("");
        filters = new HashMap<>();
        for (String facet : FACET_LABELS.keySet()) {
            List<String> v = params.get(facet);
            if (v != null && !v.isEmpty()) {
                filters.put(facet, new LinkedHashSet<>(v));
            }
        }
        query.setValue(q);
        render(q);
    }

    private void render(String q) {
        results.removeAll();
        facets.removeAll();
        if (q.isBlank()) {
            results.add(new Paragraph("Type a few words: clause text, a term, a comment, a law's provision."));
            return;
        }
        SearchResult r = search.search(q, filters, 50);
        r.notices().forEach(n -> {
            Paragraph p = new Paragraph(n);
            p.addClassName("warning");
            results.add(p);
        });
        results.add(new Paragraph(r.total() == 0 ? "Nothing found." : r.total() + (r.total() == 1 ? " result" : " results")
                + (r.hits().size() < r.total() ? ", the best " + r.hits().size() + " shown" : "") + "."));
        Map<SearchKind, List<SearchHit>> byKind = new EnumMap<>(SearchKind.class);
        r.hits().forEach(h -> byKind.computeIfAbsent(h.kind(), k -> new ArrayList<>()).add(h));
        byKind.forEach((kind, hits) -> {
            Section group = new Section();
            group.addClassName("search-group");
            group.add(new H3(label(kind) + " (" + hits.size() + ")"));
            for (SearchHit h : hits) {
                Div hit = new Div();
                hit.addClassName("search-hit");
                Anchor a = new Anchor(h.link(), h.title());
                if (h.link().startsWith("http")) {
                    a.setTarget("_blank");
                    a.getElement().setAttribute("rel", "noopener");
                }
                hit.add(a);
                // The snippet is HTML-escaped by the index, with only <mark> added around matches.
                hit.add(new Html("<p class=\"snippet\">" + h.snippet() + "</p>"));
                String meta = String.join(" · ", java.util.stream.Stream.of(h.committee(), h.jurisdiction(), h.language())
                        .filter(Objects::nonNull).toList());
                if (!meta.isEmpty()) {
                    Span m = new Span(meta);
                    m.addClassName("meta");
                    hit.add(m);
                }
                group.add(hit);
            }
            results.add(group);
        });
        FACET_LABELS.forEach((facet, label) -> {
            Map<String, Long> counts = r.facets().getOrDefault(facet, Map.of());
            Set<String> chosen = filters.getOrDefault(facet, Set.of());
            if (counts.isEmpty() && chosen.isEmpty()) {
                return;
            }
            CheckboxGroup<String> box = new CheckboxGroup<>(label);
            box.setId("facet-" + facet);
            box.addThemeName("vertical");
            List<String> values = new ArrayList<>(counts.keySet());
            chosen.stream().filter(v -> !values.contains(v)).forEach(values::add);
            box.setItems(values);
            box.setItemLabelGenerator(v -> (facet.equals("kind") ? label(SearchKind.valueOf(v)) : v) + " (" + counts.getOrDefault(v, 0L) + ")");
            box.setValue(chosen);
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    Map<String, Set<String>> next = new HashMap<>(filters);
                    if (e.getValue().isEmpty()) {
                        next.remove(facet);
                    } else {
                        next.put(facet, e.getValue());
                    }
                    go(query.getValue(), next);
                }
            });
            facets.add(box);
        });
    }

    static String label(SearchKind kind) {
        return switch (kind) {
            case CLAUSE -> "Clauses";
            case TERM -> "Terms and definitions";
            case COMMENT -> "Comments";
            case PROVISION -> "Provisions of law";
            case PUBLICATION -> "Publications";
        };
    }
}
