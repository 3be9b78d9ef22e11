package org.accord.bench;

import org.accord.search.elasticsearch.ElasticsearchTestServer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, faults: the packaged app runs on Elasticsearch 8.19 (the integ-test zip from Maven Central, as the
 * search contract tests run it). Elasticsearch is stopped for {@code accord.faults.outageSeconds} (20) while members
 * work; comments keep being filed (2xx), searches answer 503 with a message; after the restart the search outbox
 * drains and every comment filed during the outage is found by its author.
 */
class SearchOutageBenchmarkIT {

    static final int USERS = Integer.getInteger("accord.faults.users", 50);
    static final int SECONDS = Integer.getInteger("accord.faults.seconds", 60);
    static final int OUTAGE = Integer.getInteger("accord.faults.outageSeconds", 20);

    @Test
    void writesGoOnAndTheIndexCatchesUp() throws Exception {
        Path data = Files.createTempDirectory("accord-bench-es-outage");
        Path seed = Workload.seed(data.resolve("seed"), USERS);
        StringBuilder report = new StringBuilder();
        ElasticsearchTestServer es = ElasticsearchTestServer.startDedicated();
        try (AppProcess app = AppProcess.start(data, 18197, List.of("-Xmx1g", "-Daccord.seed.location=file:" + seed + "/"),
                List.of("--accord.search.engine=elasticsearch", "--accord.search.elasticsearch.url=" + es.url(),
                        "--accord.search.elasticsearch.index-prefix=outage-"))) {
            app.awaitHealthy(Duration.ofMinutes(5));
            Api api = new Api(app.port);
            Workload.Target target = Workload.prepare(api, "BENCH ES OUTAGE", false);
            awaitDrained(api, Duration.ofMinutes(3));
            Workload load = new Workload(api, target, Workload.members(USERS), Duration.ofMillis(500));
            load.signInAll();

            CompletableFuture<Workload.Outcome> running = load.start(Duration.ofSeconds(SECONDS));
            Thread.sleep(SECONDS * 1000L / 4);
            Instant down = Instant.now();
            es.stopNode();
            Instant stopped = Instant.now();
            Thread.sleep(OUTAGE * 1000L);
            long pendingDuringOutage = api.get("/api/v1/search/status", "secretariat").get("pendingChanges").asLong();
            Instant restart = Instant.now();
            es.restartNode();
            Instant up = Instant.now();
            Workload.Outcome out = running.get(SECONDS + 120, TimeUnit.SECONDS);
            long drained = awaitDrained(api, Duration.ofMinutes(3));

            List<Map.Entry<String, Workload.Filed>> duringOutage = out.comments.entrySet().stream()
                    .filter(c -> c.getValue().at().isAfter(stopped) && c.getValue().at().isBefore(up)).toList();
            List<String> notFound = new ArrayList<>();
            for (Map.Entry<String, Workload.Filed> c : duringOutage) {
                JsonNode hits = api.get("/api/v1/search?kind=comment&q=" + c.getValue().word(), c.getValue().user()).get("hits");
                if (hits.isEmpty()) {
                    notFound.add(c.getKey());
                }
            }
            List<String> lostComments = load.lostComments(out);
            Map<String, Long> failures = new TreeMap<>();
            out.failures.forEach(f -> failures.merge(f.op() + " " + f.status(), 1L, Long::sum));
            long unclear = out.failures.stream().filter(f -> f.op() != Workload.Op.SEARCH || f.status() != 503
                    || !f.body().contains("Search is unavailable")).count();
            long slowest = out.failures.stream().mapToLong(Workload.Failure::millis).max().orElse(0);

            report.append(USERS).append(" members for ").append(SECONDS).append(" s (think time 500 ms) on Elasticsearch ")
                    .append("8.19.21; Elasticsearch stopped at ").append(SECONDS / 4).append(" s (stop took ")
                    .append(Duration.between(down, stopped).toMillis()).append(" ms) for ").append(Duration.between(stopped, restart).toSeconds())
                    .append(" s, restart to yellow ").append(Duration.between(restart, up).toMillis()).append(" ms\n")
                    .append(out.table())
                    .append("failed requests by operation and status: ").append(failures).append("; other than a search 503 with its message: ")
                    .append(unclear).append("; slowest failure answered in ").append(slowest).append(" ms\n")
                    .append("outbox rows waiting during the outage: ").append(pendingDuringOutage).append("; outbox empty ")
                    .append(drained).append(" ms after the run ended\n")
                    .append("comments acknowledged during the outage: ").append(duringOutage.size()).append(", not found by their word after catch-up: ")
                    .append(notFound.size()).append("; all acknowledged comments: ").append(out.comments.size()).append(", lost: ")
                    .append(lostComments.size()).append('\n');
            out.failures.stream().filter(f -> f.op() != Workload.Op.SEARCH).limit(10).forEach(f -> report.append("  unexpected: ").append(f).append('\n'));
            out.failures.stream().limit(2).forEach(f -> report.append("  e.g.: ").append(f).append('\n'));
            Report.write("reliability-search-outage", report.toString());

            assertThat(out.failures).as("searches met the outage").isNotEmpty();
            assertThat(unclear).as("failures other than a search 503 with its message").isZero();
            assertThat(out.ok.get(Workload.Op.FILE_COMMENT).get()).isPositive();
            assertThat(duringOutage).as("comments filed while Elasticsearch was down").isNotEmpty();
            assertThat(notFound).as("outage comments not searchable after catch-up").isEmpty();
            assertThat(lostComments).isEmpty();
        } finally {
            es.close();
        }
    }

    /** Waits until the search outbox is empty; milliseconds it took. */
    static long awaitDrained(Api api, Duration timeout) throws Exception {
        long t0 = System.nanoTime();
        while (Report.ms(t0) < timeout.toMillis()) {
            if (api.get("/api/v1/search/status", "secretariat").get("pendingChanges").asLong() == 0) {
                return Report.ms(t0);
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Search outbox not drained within " + timeout);
    }
}
