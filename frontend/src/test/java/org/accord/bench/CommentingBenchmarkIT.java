package org.accord.bench;

import com.microsoft.playwright.*;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 4 figures against the packaged app: 5,000 anchored comments on a 500-clause draft;
 * re-anchoring them all after every clause was revised; the comment table's first page in
 * Chromium; the xlsx export.
 */
class CommentingBenchmarkIT {

    @Test
    void commentingFigures() throws Exception {
        Path data = Files.createTempDirectory("accord-bench-comments");
        StringBuilder report = new StringBuilder();
        try (AppProcess app = AppProcess.start(data, 18184, "-Xmx1g")) {
            app.awaitHealthy(Duration.ofMinutes(3));
            Api api = new Api(app.port);
            String wg = api.get("/api/v1/working-groups", "secretariat").get(0).get("id").asString();
            String draft = api.post("/api/v1/drafts/import?workingGroupId=" + wg, "secretariat", "text/markdown",
                    DraftingBenchmarkIT.markdown("BENCH C500", 25, 20, 150), 201).get("id").asString();
            api.post("/api/v1/drafts/" + draft + "/versions", "editor", "application/json", "{\"label\":\"CD 1\"}", 201);
            api.post("/api/v1/drafts/" + draft + "/comment-periods", "secretariat", "application/json",
                    "{\"version\":\"CD 1\",\"deadline\":\"" + Instant.now().plus(Duration.ofDays(30)) + "\",\"allowLate\":false}", 201);

            List<JsonNode> clauses = new ArrayList<>();
            api.get("/api/v1/drafts/" + draft + "/clauses", "editor").forEach(n -> {
                clauses.add(n);
                n.get("children").forEach(clauses::add);
            });

            // 5,000 comments, 10 per clause, each anchored on a different passage of its clause.
            long t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            AtomicInteger failed = new AtomicInteger();
            List<Future<?>> jobs = new ArrayList<>();
            String[] users = {"ngo", "ngo2", "delegate", "delegate2", "delegate4", "editor", "convenor", "secretariat"};
            for (int i = 0; i < 5000; i++) {
                JsonNode clause = clauses.get(i % clauses.size());
                String text = clause.get("text").asString();
                int words = text.split(" ").length;
                int k = (i / clauses.size()) % Math.max(1, words - 4);
                String quote = String.join(" ", Arrays.copyOfRange(text.split(" "), k, k + 3)).replaceAll("[.\\n]+.*", "");
                String user = users[i % users.length];
                String body = Api.JSON.writeValueAsString(Map.of("clauseId", clause.get("id").asString(), "type", "TE",
                        "justification", "Benchmark comment " + i, "proposedChange", "replacement " + i,
                        "quote", quote.isBlank() ? text.substring(0, 10) : quote, "submit", true));
                jobs.add(pool.submit(() -> {
                    HttpResponse<String> r = api.send("POST", "/api/v1/drafts/" + draft + "/comments", user, "application/json", body);
                    if (r.statusCode() != 201) {
                        failed.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : jobs) {
                f.get(10, TimeUnit.MINUTES);
            }
            pool.shutdown();
            long filing = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            report.append("5,000 anchored comments filed over REST by 8 parallel clients: ").append(filing).append(" ms (")
                    .append(failed.get()).append(" refused)\n");

            // One revision of every clause: a sentence inserted before the text, so every anchor moves.
            long r0 = System.nanoTime();
            for (JsonNode clause : clauses) {
                api.post("/api/v1/drafts/" + draft + "/clauses/" + clause.get("id").asString() + "/revisions", "editor",
                        "application/json", Api.JSON.writeValueAsString(Map.of("baseRevision", clause.get("revision").asInt(),
                                "body", "A sentence added in the revision. " + clause.get("text").asString(), "message", "bench")), 201);
            }
            long revising = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - r0);
            report.append("revising all 500 clauses (each save re-anchors its ~10 comments in the same transaction): ")
                    .append(revising).append(" ms, ").append(revising / clauses.size()).append(" ms per save\n");

            // The re-location algorithm alone, on anchors made on the old text (the worst case: every anchor stale).
            Map<String, String> revisedText = new HashMap<>();
            api.get("/api/v1/drafts/" + draft + "/clauses", "editor").forEach(n -> {
                revisedText.put(n.get("id").asString(), n.get("text").asString());
                n.get("children").forEach(ch -> revisedText.put(ch.get("id").asString(), ch.get("text").asString()));
            });
            List<org.accord.commenting.TextAnchor> stale = new ArrayList<>();
            List<String> targets = new ArrayList<>();
            for (int i = 0; i < 5000; i++) {
                JsonNode clause = clauses.get(i % clauses.size());
                String text = clause.get("text").asString();
                String[] w = text.split(" ");
                int k = (i / clauses.size()) % Math.max(1, w.length - 4);
                String quote = String.join(" ", Arrays.copyOfRange(w, k, k + 3)).replaceAll("[.\\n]+.*", "");
                org.accord.commenting.TextAnchor.find(text, quote.isBlank() ? text.substring(0, 10) : quote, 0).ifPresent(a -> {
                    stale.add(a);
                    targets.add(revisedText.get(clause.get("id").asString()));
                });
            }
            List<Long> algo = new ArrayList<>();
            int found = 0;
            for (int run = 0; run < 4; run++) {
                long a0 = System.nanoTime();
                found = 0;
                for (int i = 0; i < stale.size(); i++) {
                    if (org.accord.commenting.AnchorLocator.locate(stale.get(i), targets.get(i)).status()
                            != org.accord.commenting.AnchorLocator.Status.OUTDATED) {
                        found++;
                    }
                }
                if (run > 0) {
                    algo.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - a0));
                }
            }
            Collections.sort(algo);
            report.append("re-locating ").append(stale.size()).append(" stale anchors in the revised clauses, algorithm only (one thread, 3 runs after 1 warm-up): ")
                    .append(algo).append(" ms, median ").append(algo.get(1)).append(" ms; found ").append(found).append("\n");

            List<Long> reanchor = new ArrayList<>();
            int count = 0;
            for (int i = 0; i < 4; i++) {
                JsonNode r = api.post("/api/v1/drafts/" + draft + "/comments/reanchor?force=true", "secretariat", "application/json", "{}", 200);
                count = r.get("comments").asInt();
                if (i > 0) {
                    reanchor.add(r.get("millis").asLong());
                }
            }
            Collections.sort(reanchor);
            JsonNode outdated = api.get("/api/v1/drafts/" + draft + "/comments?limit=1000", "editor");
            long lost = 0;
            for (JsonNode c : outdated) {
                if ("OUTDATED".equals(c.get("anchorStatus").asString())) {
                    lost++;
                }
            }
            report.append("re-anchoring all ").append(count).append(" comments against the revised text (server time, 3 runs after 1 warm-up): ")
                    .append(reanchor).append(" ms, median ").append(reanchor.get(1)).append(" ms; outdated among the first 1,000: ")
                    .append(lost).append("\n");

            List<Long> export = new ArrayList<>();
            long size = 0;
            for (int i = 0; i < 4; i++) {
                long e0 = System.nanoTime();
                HttpResponse<byte[]> x = api.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base
                                + "/api/v1/drafts/" + draft + "/comments.xlsx")).header("Authorization", "Basic "
                                + Base64.getEncoder().encodeToString("editor:accord-demo".getBytes())).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (i > 0) {
                    export.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - e0));
                }
                size = x.body().length;
            }
            Collections.sort(export);
            report.append("export of 5,000 comments to xlsx (HTTP round trip, 3 runs after 1 warm-up): ").append(export)
                    .append(" ms, median ").append(export.get(1)).append(" ms, ").append(size / 1024).append(" KiB\n");

            report.append(table(app.port, draft));
        }
        Report.write("commenting", report.toString());
    }

    private static String table(int port, String draft) {
        try (Playwright pw = Browsers.playwright()) {
            Browser browser = Browsers.chromium(pw);
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
            page.setDefaultTimeout(60_000);
            Browsers.signIn(page, "http://127.0.0.1:" + port, "editor");
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                page.navigate("http://127.0.0.1:" + port + "/");
                page.waitForSelector("#my-working-groups");
                long t0 = System.nanoTime();
                page.navigate("http://127.0.0.1:" + port + "/drafts/" + draft + "/comments");
                page.waitForFunction("() => document.querySelector('#comment-total') && "
                        + "/^\\d+ comments$/.test(document.querySelector('#comment-total').textContent) && "
                        + "[...document.querySelectorAll('#comment-grid vaadin-grid-cell-content')].some(c => c.textContent.includes('Benchmark comment'))");
                long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                if (i > 0) {
                    times.add(ms);
                }
            }
            String total = page.locator("#comment-total").textContent();
            browser.close();
            List<Long> sorted = new ArrayList<>(times);
            Collections.sort(sorted);
            return "comment table (" + total + "), navigation → first rows rendered and total shown, 5 runs after 1 warm-up: "
                    + times + " ms, median " + sorted.get(2) + " ms\n";
        }
    }
}
