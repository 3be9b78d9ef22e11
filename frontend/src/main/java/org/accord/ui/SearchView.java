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
@PermitAll
public class SearchView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return UiText.t("search.title") + " · Accord";
    }

    /** The facets, in the order shown. */
    private static final List<String> FACETS = List.of("kind", "committee", "jurisdiction", "bindingNature", "stage", "language");

    /** A facet's name in the page's language. */
    static String facetLabel(String facet) {
        return switch (facet) {
            case "kind" -> UiText.t("search.facet.kind");
            case "committee" -> UiText.t("search.facet.committee");
            case "jurisdiction" -> UiText.t("search.facet.jurisdiction");
            case "bindingNature" -> UiText.t("search.facet.binding-nature");
            case "stage" -> UiText.t("search.facet.stage");
            case "language" -> UiText.t("search.facet.language");
            default -> facet;
        };
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
        query.setLabel(UiText.t("search.title"));
        query.setWidth("min(100%, 40em)");
        query.setClearButtonVisible(true);
        query.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> go(query.getValue(), filters));
        facets.addClassName("search-facets");
        facets.getElement().setAttribute("aria-label", UiText.t("search.narrow"));
        results.setId("search-results");
        results.getElement().setAttribute("aria-live", "polite");
        Div body = new Div(facets, results);
        body.addClassName("search-body");
        add(new H2(UiText.t("search.title")), query, body);
        if (staff) {
            add(indexPanel());
        }
    }

    /** How often the index panel looks again while a rebuild runs or changes wait. */
    static final int STATUS_POLL_MS = 1_000;

    /**
     * For the secretariat: the index's state, and a rebuild from the database with its progress. While a rebuild
     * runs or changes wait (on whichever node drains: the progress is read from the database), the page polls, so
     * the bar moves without a click; it stops polling when there is nothing to watch or the index is down.
     */
    private com.vaadin.flow.component.details.Details indexPanel() {
        Div box = new Div();
        box.setId("search-index-status");
        com.vaadin.flow.component.progressbar.ProgressBar bar = new com.vaadin.flow.component.progressbar.ProgressBar(0, 1);
        bar.setId("search-index-progress");
        bar.getElement().setAttribute("aria-label", UiText.t("search.index.progress"));
        bar.setVisible(false);
        Paragraph state = new Paragraph();
        state.setId("search-index-state");
        com.vaadin.flow.component.details.Details panel = new com.vaadin.flow.component.details.Details(UiText.t("search.index.title"), box);
        Runnable refresh = () -> {
            SearchService.Status s = search.status();
            state.setText(s.health().engine() + " · " + (s.health().up() ? UiText.t("search.index.up") : UiText.t("search.index.down"))
                    + " · " + UiText.t("search.index.documents", s.documents())
                    + " · " + UiText.t("search.index.pending", s.pendingChanges())
                    + (s.lastError() == null ? "" : " · " + UiText.t("search.index.last-error", s.lastError()))
                    + (s.health().notes().isEmpty() ? "" : " · " + String.join("; ", s.health().notes())));
            boolean busy = s.reindexProgress() >= 0 || s.pendingChanges() > 0;
            bar.setVisible(busy);
            bar.setIndeterminate(s.reindexProgress() < 0 && s.pendingChanges() > 0); // queued, not started yet
            bar.setValue(Math.max(0, Math.min(1, s.reindexProgress())));
            panel.getUI().ifPresent(ui -> ui.setPollInterval(busy && s.health().up() ? STATUS_POLL_MS : -1));
        };
        com.vaadin.flow.component.button.Button rebuild = new com.vaadin.flow.component.button.Button(UiText.t("search.index.rebuild"), e -> {
            search.reindexAll();
            UiText.notify(UiText.t("search.index.rebuilding"), false);
            refresh.run();
        });
        com.vaadin.flow.component.button.Button check = new com.vaadin.flow.component.button.Button(UiText.t("search.index.refresh"), e -> refresh.run());
        box.add(state, bar, rebuild, check);
        com.vaadin.flow.shared.Registration[] poll = new com.vaadin.flow.shared.Registration[1];
        panel.addAttachListener(e -> {
            poll[0] = e.getUI().addPollListener(p -> refresh.run());
            refresh.run();
        });
        panel.addDetachListener(e -> {
            e.getUI().setPollInterval(-1);
            if (poll[0] != null) {
                poll[0].remove();
            }
        });
        return panel;
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
        for (String facet : FACETS) {
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
            results.add(new Paragraph(UiText.t("search.hint")));
            return;
        }
        SearchResult r = search.search(q, filters, 50);
        r.notices().forEach(n -> {
            Paragraph p = new Paragraph(notice(n));
            p.addClassName("warning");
            results.add(p);
        });
        results.add(new Paragraph(r.total() == 0 ? UiText.t("search.nothing")
                : r.hits().size() < r.total() ? UiText.t("search.count.best", r.total(), r.hits().size())
                : UiText.t("search.count", r.total())));
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
        FACETS.forEach(facet -> {
            Map<String, Long> counts = r.facets().getOrDefault(facet, Map.of());
            Set<String> chosen = filters.getOrDefault(facet, Set.of());
            if (counts.isEmpty() && chosen.isEmpty()) {
                return;
            }
            CheckboxGroup<String> box = new CheckboxGroup<>(facetLabel(facet));
            box.setId("facet-" + facet);
            box.addThemeName("vertical");
            List<String> values = new ArrayList<>(counts.keySet());
            chosen.stream().filter(v -> !values.contains(v)).forEach(values::add);
            box.setItems(values);
            box.setItemLabelGenerator(v -> facetValue(facet, v) + " (" + UiText.t("search.facet.count", counts.getOrDefault(v, 0L)) + ")");
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
            case CLAUSE -> UiText.t("search.kind.clause");
            case TERM -> UiText.t("search.kind.term");
            case COMMENT -> UiText.t("search.kind.comment");
            case PROVISION -> UiText.t("search.kind.provision");
            case PUBLICATION -> UiText.t("search.kind.publication");
        };
    }

    /** A facet value as readers know it: kinds and binding natures in words; codes (stage, language) as they are. */
    static String facetValue(String facet, String value) {
        try {
            if (facet.equals("kind")) {
                return label(SearchKind.valueOf(value));
            }
            if (facet.equals("bindingNature")) {
                return CrosswalkLabels.nature(org.accord.crosswalk.BindingNature.valueOf(value));
            }
        } catch (IllegalArgumentException unknown) {
            // a value this page does not know: shown as indexed
        }
        return value;
    }

    private static final java.util.regex.Pattern SHORTENED_WORDS = java.util.regex.Pattern.compile("Your query was shortened to its first (\\d+) words\\.");
    private static final java.util.regex.Pattern SHORTENED_CHARACTERS = java.util.regex.Pattern.compile("Your query was shortened to its first (\\d+) characters\\.");
    private static final java.util.regex.Pattern FIRST_CHARACTERS = java.util.regex.Pattern.compile("Only the first (\\d+) characters of your query were used\\.");
    private static final java.util.regex.Pattern UNAVAILABLE = java.util.regex.Pattern.compile("Search is unavailable right now \\((.*)\\); everything else keeps working\\. Try again in a moment\\.");

    /**
     * A notice of the search service in the page's language. The service words them in English (it has no UI
     * language); the known ones are translated here, any other is shown as it is rather than hidden.
     */
    static String notice(String text) {
        switch (text) {
            case "Your query was read as plain words." -> {
                return UiText.t("search.notice.plain-words");
            }
            case "Your query has no words to search for." -> {
                return UiText.t("search.notice.no-words");
            }
            case "Your query matches too many word variants; try fewer wildcards or ~." -> {
                return UiText.t("search.notice.too-complex");
            }
            case "Search could not read your query, even as plain words; try fewer or simpler words." -> {
                return UiText.t("search.notice.unreadable");
            }
            default -> {
            }
        }
        java.util.regex.Matcher m = SHORTENED_WORDS.matcher(text);
        if (m.matches()) {
            return UiText.t("search.notice.shortened-words", m.group(1));
        }
        m = SHORTENED_CHARACTERS.matcher(text);
        if (m.matches()) {
            return UiText.t("search.notice.shortened-characters", m.group(1));
        }
        m = FIRST_CHARACTERS.matcher(text);
        if (m.matches()) {
            return UiText.t("search.notice.first-characters", m.group(1));
        }
        m = UNAVAILABLE.matcher(text);
        if (m.matches()) {
            return UiText.t("search.notice.unavailable", m.group(1));
        }
        return text;
    }
}
