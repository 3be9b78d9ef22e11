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
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 3 figures, measured against the packaged app in its own JVM:
 * opening a 500-clause draft vs a 10-clause one in headless Chromium; comparing two versions of
 * the 500-clause draft; 50 concurrent editors saving revisions of different clauses over REST.
 */
class DraftingBenchmarkIT {

    static final String[] WORDS = ("the organisation shall identify assess and treat risks that an AI system poses to people "
            + "communities and the environment throughout its life cycle with meaningful participation of affected "
            + "stakeholders including civil society small enterprises and indigenous peoples records shall be kept").split(" ");

    /** Numbered Markdown with {@code sections} main clauses of {@code perSection - 1} sub-clauses each. */
    static String markdown(String reference, int sections, int perSection, int wordsPerClause) {
        StringBuilder md = new StringBuilder("# Benchmark draft " + reference + "\nReference: " + reference + "\nLanguage: en\n\n");
        Random random = new Random(42);
        for (int s = 1; s <= sections; s++) {
            md.append("## ").append(s).append(" Section ").append(s).append("\n").append(text(random, wordsPerClause)).append("\n\n");
            for (int c = 1; c < perSection; c++) {
                md.append("### ").append(s).append('.').append(c).append(" Requirement ").append(s).append('.').append(c)
                        .append("\n").append(text(random, wordsPerClause)).append("\n\n");
            }
        }
        return md.toString();
    }

    static String text(Random random, int words) {
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < words; i++) {
            t.append(i == 0 ? "" : i % 25 == 0 ? ".\n\n" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return t.append('.').toString();
    }

    @Test
    void draftingFigures() throws Exception {
        Path data = Files.createTempDirectory("accord-bench-drafting");
        StringBuilder report = new StringBuilder();
        try (AppProcess app = AppProcess.start(data, 18183, "-Xmx1g")) {
            app.awaitHealthy(Duration.ofMinutes(3));
            Api api = new Api(app.port);
            String wg = api.get("/api/v1/working-groups", "secretariat").get(0).get("id").asString();
            String big = api.post("/api/v1/drafts/import?workingGroupId=" + wg, "secretariat", "text/markdown",
                    markdown("BENCH 500", 25, 20, 150), 201).get("id").asString();
            String small = api.post("/api/v1/drafts/import?workingGroupId=" + wg, "secretariat", "text/markdown",
                    markdown("BENCH 10", 5, 2, 150), 201).get("id").asString();

            report.append(openDraft(app.port, small, 10, big, 500));
            report.append(compareVersions(api, big));
            report.append(concurrentSaves(api, big, 0, 0));
            report.append(concurrentSaves(api, big, 500, 1500));
        }
        Report.write("drafting", report.toString());
    }

    private static String openDraft(int port, String small, int smallCount, String big, int bigCount) {
        try (Playwright pw = Browsers.playwright()) {
            Browser browser = Browsers.chromium(pw);
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
            page.setDefaultTimeout(60_000);
            Browsers.signIn(page, "http://127.0.0.1:" + port, "delegate");
            List<Long> smallTimes = timeOpen(page, port, small, smallCount);
            List<Long> bigTimes = timeOpen(page, port, big, bigCount);
            browser.close();
            long ms = median(smallTimes);
            long mb = median(bigTimes);
            return "open draft to interactive (navigation start → all clause blocks in the DOM and the next animation frame), 5 runs after 1 warm-up:\n"
                    + "  " + smallCount + " clauses: " + smallTimes + " ms, median " + ms + " ms\n"
                    + "  " + bigCount + " clauses: " + bigTimes + " ms, median " + mb + " ms, ratio " + String.format(Locale.ROOT, "%.2f", (double) mb / ms) + "\n";
        }
    }

    private static List<Long> timeOpen(Page page, int port, String draftId, int clauses) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            page.navigate("http://127.0.0.1:" + port + "/");
            page.waitForSelector("#my-working-groups");
            long t0 = System.nanoTime();
            page.navigate("http://127.0.0.1:" + port + "/drafts/" + draftId);
            page.waitForFunction("n => document.querySelectorAll('article.document .clause-block').length >= n", clauses);
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => r(true)))");
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            if (i > 0) {
                times.add(ms);
            }
        }
        return times;
    }

    private static String compareVersions(Api api, String draft) throws Exception {
        api.post("/api/v1/drafts/" + draft + "/versions", "editor", "application/json", "{\"label\":\"WD 1\"}", 201);
        JsonNode tree = api.get("/api/v1/drafts/" + draft + "/clauses", "editor");
        List<JsonNode> flat = new ArrayList<>();
        tree.forEach(n -> { flat.add(n); n.get("children").forEach(flat::add); });
        for (int i = 0; i < 50; i++) {
            JsonNode c = flat.get(i * 9 + 1);
            String body = c.get("text").asString().replaceFirst("shall", "shall always") + " Added in revision two.";
            api.post("/api/v1/drafts/" + draft + "/clauses/" + c.get("id").asString() + "/revisions", "editor", "application/json",
                    Api.JSON.writeValueAsString(Map.of("baseRevision", c.get("revision").asInt(), "body", body, "message", "bench")), 201);
        }
        for (int i = 0; i < 5; i++) {
            api.send("DELETE", "/api/v1/drafts/" + draft + "/clauses/" + flat.get(400 + i * 3).get("id").asString(), "editor", null, null);
        }
        api.post("/api/v1/drafts/" + draft + "/clauses/" + flat.get(100).get("id").asString() + "/move", "editor", "application/json",
                "{\"parentId\":null,\"index\":0}", 200);
        api.post("/api/v1/drafts/" + draft + "/versions", "editor", "application/json", "{\"label\":\"WD 2\"}", 201);

        List<Long> times = new ArrayList<>();
        JsonNode last = null;
        for (int i = 0; i < 21; i++) {
            long t0 = System.nanoTime();
            last = api.get("/api/v1/drafts/" + draft + "/compare?from=WD%201&to=WD%202", "delegate");
            if (i > 0) {
                times.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
            }
        }
        Collections.sort(times);
        return "compare WD 1 → WD 2 of the 500-clause draft (50 clauses revised, 5 deleted, 1 moved; HTTP round trip on loopback, 20 runs after 1 warm-up):\n"
                + "  median " + median(times) + " ms, p95 " + times.get((int) Math.ceil(times.size() * 0.95) - 1) + " ms, max "
                + times.getLast() + " ms; result: " + last.get("changed").asInt() + " changed, " + last.get("deleted").asInt()
                + " deleted, " + last.get("moved").asInt() + " moved\n";
    }

    private static String concurrentSaves(Api api, String draft, int minThinkMs, int maxThinkMs) throws Exception {
        JsonNode tree = api.get("/api/v1/drafts/" + draft + "/clauses", "editor");
        List<JsonNode> flat = new ArrayList<>();
        tree.forEach(n -> n.get("children").forEach(flat::add));
        int editors = 50;
        int savesEach = 20;
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        Map<String, Integer> startRevision = new ConcurrentHashMap<>();
        for (int e = 0; e < editors; e++) {
            JsonNode clause = flat.get(e * 9 + 3);
            String id = clause.get("id").asString();
            String user = e % 2 == 0 ? "editor" : "convenor";
            startRevision.put(id, api.get("/api/v1/drafts/" + draft + "/clauses/" + id + "/revisions", "editor").get(0).get("revisionNo").asInt());
            long seed = e;
            futures.add(pool.submit(() -> {
                Random think = new Random(seed);
                int base = api.get("/api/v1/drafts/" + draft + "/clauses/" + id + "/revisions", user).get(0).get("revisionNo").asInt();
                String body = clause.get("text").asString();
                start.await();
                for (int s = 0; s < savesEach; s++) {
                    if (maxThinkMs > 0) {
                        Thread.sleep(minThinkMs + think.nextInt(maxThinkMs - minThinkMs));
                    }
                    body = body + " Save " + s + ".";
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = api.send("POST", "/api/v1/drafts/" + draft + "/clauses/" + id + "/revisions", user,
                            "application/json", Api.JSON.writeValueAsString(Map.of("baseRevision", base, "body", body, "message", "load")));
                    latencies.add(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - t0));
                    if (r.statusCode() != 201) {
                        failures.incrementAndGet();
                    } else {
                        base = Api.JSON.readTree(r.body()).get("revisionNo").asInt();
                    }
                }
                return null;
            }));
        }
        // Warm the credential cache so the run measures saves, not the first bcrypt check.
        api.get("/api/v1/drafts/" + draft, "editor");
        api.get("/api/v1/drafts/" + draft, "convenor");
        long t0 = System.nanoTime();
        start.countDown();
        for (Future<?> f : futures) {
            f.get(5, TimeUnit.MINUTES);
        }
        long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        pool.shutdown();
        int lost = 0;
        for (Map.Entry<String, Integer> e : startRevision.entrySet()) {
            JsonNode revisions = api.get("/api/v1/drafts/" + draft + "/clauses/" + e.getKey() + "/revisions", "editor");
            if (revisions.get(0).get("revisionNo").asInt() != e.getValue() + savesEach) {
                lost++;
            }
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return "50 concurrent editors (threads of a second JVM), each saving 20 revisions of its own clause over REST (1000 saves), "
                + (maxThinkMs == 0 ? "no pause between saves (stress)" : "pausing " + minThinkMs + "–" + maxThinkMs + " ms between saves") + ":\n"
                + "  wall " + wall + " ms (" + (1000L * sorted.size() / Math.max(1, wall)) + " saves/s), p50 " + pct(sorted, 0.50)
                + " ms, p95 " + pct(sorted, 0.95) + " ms, p99 " + pct(sorted, 0.99) + " ms, max " + sorted.getLast() / 1000
                + " ms; failed saves: " + failures.get() + "; clauses with a lost revision: " + lost + "\n";
    }

    private static String pct(List<Long> sortedMicros, double p) {
        long v = sortedMicros.get((int) Math.ceil(sortedMicros.size() * p) - 1);
        return String.format(Locale.ROOT, "%.1f", v / 1000.0);
    }

    private static long median(List<Long> values) {
        List<Long> s = new ArrayList<>(values);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
