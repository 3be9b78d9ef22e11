package org.accord.search.elasticsearch;

import org.accord.search.SearchIndex;
import org.accord.search.SearchIndexContract;
import org.accord.search.SearchQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract against a real (stripped, integ-test) Elasticsearch server, one fresh index per test. */
class ElasticsearchSearchIndexTest extends SearchIndexContract {

    private static ElasticsearchTestServer server;
    private final List<String> indices = new ArrayList<>();

    @BeforeAll
    static void startServer() {
        server = ElasticsearchTestServer.get();
        System.out.println("Elasticsearch test server at " + server.url() + ", started in " + server.startTime().toMillis() + " ms");
    }

    @Override
    protected SearchIndex newIndex() {
        String prefix = "test-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        indices.add(prefix + "documents");
        return new ElasticsearchSearchIndex(server.url(), null, null, prefix);
    }

    @AfterEach
    void dropIndices() {
        indices.forEach(server::deleteIndex);
    }

    @Test
    void reportsTheEngineVersionAndMissingAnalyzers() {
        SearchIndex.Health health = index.health();
        assertThat(health.engine()).isEqualTo("Elasticsearch " + ElasticsearchTestServer.VERSION);
        // The integ-test zip has no analysis-common module; the Java-side stems stand in (see analysesFrenchSpanishAndArabic).
        assertThat(health.notes()).containsExactly(
                "language analyzers unavailable: english, french, spanish, arabic — using the standard analyzer");
    }

    @Test
    void reopensAnExistingIndexWithoutLosingDocuments() {
        String prefix = indices.getFirst().substring(0, indices.getFirst().length() - "documents".length());
        try (SearchIndex again = new ElasticsearchSearchIndex(server.url(), null, null, prefix)) {
            assertThat(again.count()).isEqualTo(index.count()).isPositive();
            assertThat(again.health().notes()).isEqualTo(index.health().notes());
        }
    }

    @Test
    void anUnreachableServerIsReportedNotThrownAtStartup() throws Exception {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        try (SearchIndex dead = new ElasticsearchSearchIndex("http://127.0.0.1:" + deadPort, "user", "secret", "dead-")) {
            SearchIndex.Health health = dead.health();
            assertThat(health.up()).isFalse();
            assertThat(health.engine()).isEqualTo("Elasticsearch");
            assertThat(health.notes()).anySatisfy(n -> assertThat(n).contains("unreachable"));
            assertThatThrownBy(() -> dead.search(new SearchQuery("transparency", Map.of(), Set.of("public"), 10)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("Search is unavailable");
            assertThatThrownBy(dead::count).isInstanceOf(IllegalStateException.class);
        }
    }
}
