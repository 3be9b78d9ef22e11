package org.accord.search.lucene;

import org.accord.hostile.HostileAssertions;
import org.accord.hostile.HostileCorpus;
import org.accord.search.SearchDocument;
import org.accord.search.SearchHit;
import org.accord.search.SearchKind;
import org.accord.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Highlighted snippets keep their {@code <mark>} and show every hostile payload around a match as text. */
class HostileSnippetsTest {

    @TempDir
    Path dir;

    @Test
    void snippetsEscapeThePayloadAndKeepTheHighlight() {
        List<String> corpus = HostileCorpus.xss();
        try (LuceneSearchIndex index = new LuceneSearchIndex(dir.resolve("search"))) {
            List<SearchDocument> docs = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                String p = corpus.get(i);
                docs.add(new SearchDocument("h" + i, SearchKind.CLAUSE, p, "Zebra " + p + " zebra", "en", p, null,
                        null, null, "30.20", Set.of("public"), "/x/h" + i, Instant.parse("2026-11-24T10:00:00Z")));
            }
            index.upsert(docs);
            for (String query : List.of("zebra", "alert", "script", "img onerror")) {
                List<SearchHit> hits = index.search(new SearchQuery(query, Map.of(), Set.of("public"), 100)).hits();
                assertThat(hits).as(query).isNotEmpty();
                for (SearchHit hit : hits) {
                    String snippet = hit.snippet();
                    HostileAssertions.assertInert(snippet, "snippet for " + query);
                    String withoutMarks = snippet.replace("<mark>", "").replace("</mark>", "");
                    assertThat(withoutMarks).as("only <mark> is markup: %s", snippet).doesNotContain("<", ">");
                    if (snippet.contains("ebra")) {
                        assertThat(snippet).contains("<mark>");
                    }
                }
            }
            String shown = HostileAssertions.text(index.search(new SearchQuery("zebra", Map.of(), Set.of("public"),
                    100)).hits().stream().map(SearchHit::snippet).reduce("", String::concat));
            assertThat(shown).contains("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>");
        }
    }
}
