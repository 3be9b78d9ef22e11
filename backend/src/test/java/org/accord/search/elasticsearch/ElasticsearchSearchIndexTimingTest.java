package org.accord.search.elasticsearch;

import org.accord.search.lucene.LuceneSearchIndexTimingTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The embedded adapter's 100,000-document benchmark, against the real Elasticsearch the tests start (for the ratio). */
@EnabledIfSystemProperty(named = "accord.benchmarks", matches = "true")
class ElasticsearchSearchIndexTimingTest {

    @Test
    void indexAndSearchOneHundredThousandDocuments() {
        ElasticsearchTestServer server = ElasticsearchTestServer.get();
        String prefix = "bench-" + System.nanoTime() + "-";
        try (ElasticsearchSearchIndex index = new ElasticsearchSearchIndex(server.url(), null, null, prefix)) {
            LuceneSearchIndexTimingTest.measure(index, "ElasticsearchSearchIndex (" + ElasticsearchTestServer.VERSION + ", 256 MB heap, same machine)");
        } finally {
            server.deleteIndex(prefix + "documents");
        }
    }
}
