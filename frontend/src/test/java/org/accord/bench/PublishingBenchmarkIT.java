package org.accord.bench;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8 figures against the packaged app: publishing a 500-clause version in every format (background
 * generation, from the request to "published"), and the public reader page under 100 concurrent readers, loaded
 * from this test's JVM (a second process).
 */
class PublishingBenchmarkIT {

    @Test
    void publishingFigures() throws Exception {
        Path data = Files.createTempDirectory("accord-bench-publishing");
        StringBuilder report = new StringBuilder();
        try (AppProcess app = AppProcess.start(data, 18189, "-Xmx1g")) {
            app.awaitHealthy(Duration.ofMinutes(3));
            Api api = new Api(app.port);
            String wg = api.get("/api/v1/working-groups", "secretariat").get(0).get("id").asString();
            String draft = api.post("/api/v1/drafts/import?workingGroupId=" + wg, "secretariat", "text/markdown",
                    DraftingBenchmarkIT.markdown("BENCH PUB", 25, 20, 150), 201).get("id").asString();
            api.post("/api/v1/drafts/" + draft + "/versions", "editor", "application/json", "{\"label\":\"FDIS 1\"}", 201);

            long t0 = System.nanoTime();
            String id = api.post("/api/v1/drafts/" + draft + "/publications", "secretariat", "application/json",
                    "{\"versionLabel\":\"FDIS 1\",\"overrideRationale\":\"Benchmark publication without a ballot.\"}", 202)
                    .get("id").asString();
            long accepted = Report.ms(t0);
            List<String> progress = new ArrayList<>();
            String status = "generating";
            while (status.equals("generating") && Report.ms(t0) < 300_000) {
                JsonNode s = api.get("/api/v1/publishing/" + id, "secretariat");
                status = s.get("publication").get("status").asString();
                progress.add(String.format(Locale.ROOT, "%.1f", s.get("progress").asDouble()));
                Thread.sleep(100);
            }
            long published = Report.ms(t0);
            assertThat(status).isEqualTo("published");
            JsonNode detail = api.get("/api/v1/publications/" + id, null);
            StringBuilder sizes = new StringBuilder();
            detail.get("formats").forEach(f -> sizes.append(f.get("format").asString()).append(' ')
                    .append(f.get("size").asLong() / 1024).append(" KB, "));
            report.append("publish 500-clause version (~150 words per clause): request answered in ").append(accepted)
                    .append(" ms (snapshot, Markdown, OSCAL); all formats generated and published after ").append(published)
                    .append(" ms; progress seen: ").append(new LinkedHashSet<>(progress)).append("; files: ").append(sizes).append('\n');

            report.append(readers(app.port, "/standards/" + id, 100, 20, false));
            report.append(readers(app.port, "/standards/" + id, 100, 20, true));
            report.append(readers(app.port, "/api/v1/publications/" + id + "/formats/pdf", 100, 10, false));
        }
        Report.write("publishing", report.toString());
    }

    /** {@code readers} concurrent clients each fetching {@code each} times; with {@code revalidate}, as a browser with the page cached. */
    private static String readers(int port, String path, int readers, int each, boolean revalidate) throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(readers)).build();
        URI uri = URI.create("http://127.0.0.1:" + port + path);
        HttpResponse<byte[]> first = http.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String etag = first.headers().firstValue("ETag").orElse("");
        for (int i = 0; i < 50; i++) {
            http.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        }
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        List<Future<List<Long>>> jobs = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        long t0 = System.nanoTime();
        for (int r = 0; r < readers; r++) {
            jobs.add(pool.submit(() -> {
                start.await();
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip");
                    if (revalidate) {
                        b.header("If-None-Match", etag);
                    }
                    long s = System.nanoTime();
                    HttpResponse<byte[]> resp = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                    times.add(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - s));
                    assertThat(resp.statusCode()).isEqualTo(revalidate ? 304 : 200);
                }
                return times;
            }));
        }
        start.countDown();
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : jobs) {
            all.addAll(f.get(5, TimeUnit.MINUTES));
        }
        long wall = Report.ms(t0);
        pool.shutdown();
        Collections.sort(all);
        return String.format(Locale.ROOT, "%s (%d KB as sent) %s, %d concurrent readers × %d requests: median %.1f ms, p95 %.1f ms, max %.1f ms, %.0f requests/s%n",
                path.replaceAll("[0-9a-f-]{36}", "{id}"), first.body().length / 1024, revalidate ? "revalidated (If-None-Match → 304)" : "full page",
                readers, each, all.get(all.size() / 2) / 1000.0, all.get((int) Math.ceil(all.size() * 0.95) - 1) / 1000.0,
                all.getLast() / 1000.0, all.size() * 1000.0 / wall);
    }

}
