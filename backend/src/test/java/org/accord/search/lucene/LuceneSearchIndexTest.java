package org.accord.search.lucene;

import org.accord.search.SearchDocument;
import org.accord.search.SearchHit;
import org.accord.search.SearchIndex;
import org.accord.search.SearchIndexContract;
import org.accord.search.SearchKind;
import org.accord.search.SearchQuery;
import org.accord.search.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The search contract against an on-disk index in a fresh directory, plus what only this adapter promises. */
class LuceneSearchIndexTest extends SearchIndexContract {

    @TempDir
    Path dir;

    @Override
    protected SearchIndex newIndex() {
        return new LuceneSearchIndex(dir.resolve("search"));
    }

    private static SearchDocument publicDoc(String id, String title, String text) {
        return new SearchDocument(id, SearchKind.CLAUSE, title, text, "en", "TC 9", null, null, null, "30.20",
                Set.of("public"), "/x/" + id, Instant.parse("2026-11-24T10:00:00Z"));
    }

    private SearchResult search(String text) {
        return index.search(new SearchQuery(text, Map.of(), Set.of("public"), 20));
    }

    @Test
    void survivesCloseAndReopen() {
        index.close();
        try (LuceneSearchIndex reopened = new LuceneSearchIndex(dir.resolve("search"))) {
            assertThat(reopened.count()).isEqualTo(10);
            assertThat(reopened.search(new SearchQuery("transparency", Map.of(), Set.of("public"), 20)).hits())
                    .extracting(SearchHit::id).containsExactlyInAnyOrder("p1", "p2");
        }
        index = new LuceneSearchIndex(null); // for the contract's @AfterEach
    }

    @Test
    void reportsItsEngineAndNoticesAboutIgnoredSyntax() {
        assertThat(index.health().engine()).startsWith("Lucene 10.").contains("embedded").contains(dir.toString());
        assertThat(index.health().notes()).isEmpty();
        assertThat(search("\"unbalanced transparency").notices()).containsExactly(LuceneSearchIndex.PLAIN_WORDS);
        assertThat(search("*").hits()).isEmpty();
        assertThat(search("transparency").notices()).isEmpty();
    }

    @Test
    void supportsPhrasesPrefixesAndExclusions() {
        assertThat(search("\"high-risk AI systems\"").hits()).extracting(SearchHit::id).containsExactly("p1");
        assertThat(search("singap*").hits()).extracting(SearchHit::id).containsExactly("p2");
        assertThat(search("transparency -singapore").hits()).extracting(SearchHit::id).containsExactly("p1");
        Set<String> member = Set.of("public", "wg:00000000-0000-0000-0000-0000000000a1");
        assertThat(index.search(new SearchQuery("transparency -singapore", Map.of(), member, 20)).hits())
                .extracting(SearchHit::id).contains("c1", "p1", "k1", "t1").doesNotContain("p2", "c2");
        SearchResult onlyExclusions = search("-singapore");
        assertThat(onlyExclusions.hits()).isEmpty();
        assertThat(onlyExclusions.notices()).containsExactly(LuceneSearchIndex.NOTHING_TO_SEARCH);
    }

    @Test
    void stemsWholeCompoundsInLanguageFieldsAndFindsTheirPartsExactly() {
        index.upsert(List.of(publicDoc("oss", "Open-source models", "Providers of open-source models publish weights.")));
        assertThat(search("openness").hits()).extracting(SearchHit::id).doesNotContain("oss");
        assertThat(search("open-source").hits()).extracting(SearchHit::id).containsExactly("oss");
        assertThat(search("source").hits()).extracting(SearchHit::id).containsExactly("oss");
        assertThat(search("model").hits()).filteredOn(h -> h.id().equals("oss")).singleElement()
                .extracting(SearchHit::snippet).asString().contains("open-source <mark>models</mark>");
    }

    @Test
    void cutsLongSnippetsAroundTheMatchAndFallsBackToTheOpening() {
        String filler = "lorem ipsum dolor sit amet ".repeat(20);
        index.upsert(List.of(publicDoc("long", "Long clause", filler + "the accountability register " + filler),
                publicDoc("titled", "Accountability & <oversight>", "Nothing here matches the query. " + filler)));
        Map<String, String> snippets = search("accountability").hits().stream()
                .collect(java.util.stream.Collectors.toMap(SearchHit::id, SearchHit::snippet));

        assertThat(snippets.get("long")).contains("<mark>accountability</mark>").startsWith("…").endsWith("…");
        assertThat(snippets.get("long").replace("<mark>", "").replace("</mark>", "")).hasSizeLessThanOrEqualTo(Snippets.MAX_CHARS + 2);
        assertThat(snippets.get("titled")).startsWith("Nothing here matches").doesNotContain("<mark>").endsWith("…")
                .hasSizeLessThanOrEqualTo(Snippets.OPENING_CHARS + 1);
    }

    @Test
    void filtersAndCountsFacetsOverTheVisibleMatchesOnly() {
        SearchResult r = index.search(new SearchQuery("transparency", Map.of("jurisdiction", Set.of("EU", "SG"),
                "unknown", Set.of("ignored")), Set.of("public", "org:00000000-0000-0000-0000-0000000000b1"), 20));
        assertThat(r.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("p1", "p2");
        assertThat(r.facets().get("kind")).containsExactly(Map.entry("PROVISION", 2L));
        assertThat(r.facets().get("bindingNature")).containsEntry("BINDING_LAW", 1L).containsEntry("SOFT_LAW", 1L);

        SearchResult countOnly = index.search(new SearchQuery("transparency", Map.of(), Set.of("public"), 0));
        assertThat(countOnly.hits()).isEmpty();
        assertThat(countOnly.total()).isEqualTo(2);
    }

    @Test
    void capsLongQueriesInsteadOfHittingTheClauseLimit() {
        String pasted = "a b c d e f g h i j k l m n o p q r s t u v w x y z ".repeat(8) + "transparency";
        SearchResult r = search(pasted);
        assertThat(r.notices()).contains(LuceneSearchIndex.SHORTENED);
        assertThat(search("trans~2 tran* tra* \u0000 systems\u0007").notices()).doesNotContain(LuceneSearchIndex.TOO_COMPLEX);
    }
}
