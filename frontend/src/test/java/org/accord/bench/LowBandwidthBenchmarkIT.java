package org.accord.bench;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 figures under Chromium's network throttling with DevTools' "Slow 3G" (2,000 ms latency, 400 kbit/s down
 * and up) and "Fast 3G" profiles: the full (Vaadin) draft reader of a 100-clause draft on a first visit (empty cache,
 * already signed in, the full version chosen): bytes and time until the whole draft is shown and the client idle, with
 * a request waterfall by kind; the automatic choice (the same address without a choice lands on the light reader), the
 * light sign-in page, the whole signed-out first visit (draft address, light sign-in, light draft); the light reader
 * itself and the no-JavaScript public reader. Bytes include failed and cancelled requests and WebSocket frames (UTF-8).
 */
class LowBandwidthBenchmarkIT {

    static final int RUNS = 3;

    @Test
    void lowBandwidthFigures() throws Exception {
        Path data = Files.createTempDirectory("accord-bench-lowbw");
        StringBuilder report = new StringBuilder();
        try (AppProcess app = AppProcess.start(data, 18193, "-Xmx1g");
             Playwright pw = Browsers.playwright();
             Browser browser = Browsers.chromium(pw)) {
            app.awaitHealthy(Duration.ofMinutes(3));
            Api api = new Api(app.port);
            String base = "http://localhost:" + app.port;
            String wg = api.get("/api/v1/working-groups", "secretariat").get(0).get("id").asString();
            String draft = api.post("/api/v1/drafts/import?workingGroupId=" + wg, "secretariat", "text/markdown",
                    DraftingBenchmarkIT.markdown("BENCH LOWBW", 10, 10, 80), 201).get("id").asString();
            api.post("/api/v1/drafts/" + draft + "/versions", "editor", "application/json", "{\"label\":\"FDIS 1\"}", 201);
            String publication = api.post("/api/v1/drafts/" + draft + "/publications", "secretariat", "application/json",
                    "{\"versionLabel\":\"FDIS 1\",\"overrideRationale\":\"Benchmark publication without a ballot.\"}", 202)
                    .get("id").asString();

            // Signed in once; each run starts a fresh context (empty cache) with that session cookie.
            String state;
            try (BrowserContext signIn = browser.newContext()) {
                Page p = signIn.newPage();
                Browsers.signIn(p, base, "delegate");
                state = signIn.storageState();
            }
            StringBuilder waterfalls = new StringBuilder();
            for (Profile profile : List.of(Profile.SLOW_3G, Profile.FAST_3G)) {
                List<Long> bytes = new ArrayList<>();
                List<Long> firstClause = new ArrayList<>();
                List<Long> interactive = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setStorageState(state))) {
                        forceFull(context, base); // the person chose the full version: no automatic light page
                        Page page = context.newPage();
                        Traffic traffic = throttled(context, page, profile);
                        long t0 = System.nanoTime();
                        page.navigate(base + "/drafts/" + draft);
                        page.locator("article.document h2").first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(120_000));
                        firstClause.add(Report.ms(t0));
                        page.waitForFunction("() => document.querySelectorAll('article.document .clause-block').length >= 100"
                                + " && window.Vaadin && window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
                                + ".every(c => !c.isActive || !c.isActive())", null,
                                new Page.WaitForFunctionOptions().setTimeout(120_000).setPollingInterval(100));
                        interactive.add(Report.ms(t0));
                        page.waitForTimeout(1_000); // late requests (e.g. push connection) still count
                        bytes.add(traffic.bytes());
                        if (i == 0) {
                            waterfalls.append("\nwhere the time goes, forced full draft view, ").append(profile.name())
                                    .append(", run 1 (").append(interactive.get(0)).append(" ms to interactive):\n")
                                    .append(traffic.breakdown());
                        }
                    }
                }
                report.append("draft view (forced full version), 100 clauses (~80 words each), first visit with empty cache, ").append(profile.name())
                        .append(", ").append(RUNS).append(" runs: transferred ").append(kb(bytes)).append("; first clause shown ")
                        .append(stats(firstClause)).append("; all clauses shown and client idle ").append(stats(interactive)).append('\n');
            }
            for (Profile profile : List.of(Profile.SLOW_3G, Profile.FAST_3G)) {
                // Signed in, no choice made: the first script of Vaadin's page sees a slow effectiveType and goes light.
                List<Long> bytes = new ArrayList<>();
                List<Long> shown = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setStorageState(state))) {
                        Page page = context.newPage();
                        Traffic traffic = throttled(context, page, profile);
                        long t0 = System.nanoTime();
                        page.navigate(base + "/drafts/" + draft, new Page.NavigateOptions().setTimeout(120_000)
                                .setWaitUntil(com.microsoft.playwright.options.WaitUntilState.COMMIT));
                        page.waitForURL("**/lite/drafts/" + draft, new Page.WaitForURLOptions().setTimeout(120_000));
                        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD,
                                new Page.WaitForLoadStateOptions().setTimeout(120_000));
                        shown.add(Report.ms(t0));
                        assertThat(page.locator("section").count()).isGreaterThanOrEqualTo(100);
                        page.waitForTimeout(1_000);
                        bytes.add(traffic.bytes());
                        if (i == 0 && profile == Profile.SLOW_3G) {
                            waterfalls.append("\nautomatic choice, /drafts/{id} → /lite/drafts/{id}, Slow 3G, run 1:\n").append(traffic.breakdown());
                        }
                    }
                }
                report.append("automatic choice: /drafts/{id} opened signed in on ").append(profile.name())
                        .append(" → light reader, transferred (Vaadin page aborted included) ").append(kb(bytes))
                        .append("; light draft shown and usable (load event, no script) ").append(stats(shown)).append('\n');

                // Signed out: /login goes light, the light sign-in page.
                List<Long> signInBytes = new ArrayList<>();
                List<Long> signInShown = new ArrayList<>();
                List<Long> pathBytes = new ArrayList<>();
                List<Long> pathShown = new ArrayList<>();
                List<Long> formShown = new ArrayList<>();
                List<Long> afterSubmit = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    try (BrowserContext context = browser.newContext()) {
                        Page page = context.newPage();
                        Traffic traffic = throttled(context, page, profile);
                        long t0 = System.nanoTime();
                        page.navigate(base + "/login", new Page.NavigateOptions().setTimeout(120_000)
                                .setWaitUntil(com.microsoft.playwright.options.WaitUntilState.COMMIT));
                        page.waitForURL("**/lite/sign-in", new Page.WaitForURLOptions().setTimeout(120_000));
                        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD,
                                new Page.WaitForLoadStateOptions().setTimeout(120_000));
                        signInShown.add(Report.ms(t0));
                        page.waitForTimeout(500);
                        signInBytes.add(traffic.bytes());
                    }
                    // The whole first visit: signed out, the draft's address → light sign-in → the light draft.
                    try (BrowserContext context = browser.newContext()) {
                        Page page = context.newPage();
                        Traffic traffic = throttled(context, page, profile);
                        long t0 = System.nanoTime();
                        page.navigate(base + "/drafts/" + draft, new Page.NavigateOptions().setTimeout(120_000)
                                .setWaitUntil(com.microsoft.playwright.options.WaitUntilState.COMMIT));
                        page.waitForURL("**/lite/sign-in*", new Page.WaitForURLOptions().setTimeout(120_000));
                        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD,
                                new Page.WaitForLoadStateOptions().setTimeout(120_000));
                        formShown.add(Report.ms(t0));
                        long t1 = System.nanoTime();
                        page.locator("input[name=username]").fill("delegate");
                        page.locator("input[name=password]").fill("accord-demo");
                        page.locator("form[action='/login'] button").click();
                        page.waitForURL("**/lite/drafts/" + draft + "*", new Page.WaitForURLOptions().setTimeout(120_000));
                        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD,
                                new Page.WaitForLoadStateOptions().setTimeout(120_000));
                        pathShown.add(Report.ms(t0));
                        afterSubmit.add(Report.ms(t1));
                        assertThat(page.locator("section").count()).isGreaterThanOrEqualTo(100);
                        page.waitForTimeout(500);
                        pathBytes.add(traffic.bytes());
                        if (i == 0 && profile == Profile.SLOW_3G) {
                            waterfalls.append("\nfirst visit signed out, /drafts/{id} → light sign-in → light draft, Slow 3G, run 1:\n")
                                    .append(traffic.breakdown());
                        }
                    }
                }
                report.append("automatic choice: /login signed out on ").append(profile.name()).append(" → light sign-in page, transferred ")
                        .append(kb(signInBytes)).append("; shown ").append(stats(signInShown)).append('\n');
                report.append("whole first visit signed out on ").append(profile.name())
                        .append(": /drafts/{id} → light sign-in → sign in → light draft, transferred ").append(kb(pathBytes))
                        .append("; sign-in form shown ").append(stats(formShown)).append("; from pressing sign-in to the draft shown ")
                        .append(stats(afterSubmit)).append("; in all ").append(stats(pathShown))
                        .append(" (typing not included: the fields are filled at once)\n");
            }
            List<Long> liteBytes = new ArrayList<>();
            List<Long> liteTime = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setStorageState(state)
                        .setJavaScriptEnabled(false))) {
                    Page page = context.newPage();
                    Traffic transferred = throttled(context, page);
                    long t0 = System.nanoTime();
                    page.navigate(base + "/lite/drafts/" + draft);
                    page.waitForLoadState();
                    liteTime.add(Report.ms(t0));
                    page.waitForTimeout(500);
                    liteBytes.add(transferred.bytes());
                    assertThat(page.locator("section").count()).isGreaterThanOrEqualTo(100);
                }
            }
            report.append("light reader of the same draft (no JavaScript, comment forms included), Slow 3G: transferred ")
                    .append(kb(liteBytes)).append("; loaded ").append(stats(liteTime)).append('\n');

            // The public reader, no JavaScript at all.
            List<Long> publicBytes = new ArrayList<>();
            List<Long> publicTime = new ArrayList<>();
            awaitPublished(api, publication);
            for (int i = 0; i < RUNS; i++) {
                try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
                    Page page = context.newPage();
                    Traffic transferred = throttled(context, page);
                    long t0 = System.nanoTime();
                    page.navigate(base + "/standards/" + publication);
                    page.waitForLoadState();
                    publicTime.add(Report.ms(t0));
                    page.waitForTimeout(500);
                    publicBytes.add(transferred.bytes());
                    assertThat(page.locator("h1").first().textContent()).isNotBlank();
                }
            }
            report.append("public reader of the same text published (no JavaScript), first visit, Slow 3G: transferred ")
                    .append(kb(publicBytes)).append("; loaded ").append(stats(publicTime)).append('\n');
            report.append(waterfalls);
        }
        System.out.println(report);
        Report.write("low-bandwidth", report.toString());
    }

    /** Slow 3G on this page and a counter of bytes received over the network (headers and compressed bodies). */
    /** DevTools' network presets: name, latency (ms), down and up (bytes/s). */
    record Profile(String name, int latency, int down, int up) {
        static final Profile SLOW_3G = new Profile("Slow 3G", 2000, 50_000, 50_000);
        static final Profile FAST_3G = new Profile("Fast 3G (now \"Slow 4G\")", 563, 180_000, 84_375);
    }

    static Traffic throttled(BrowserContext context, Page page) {
        return throttled(context, page, Profile.SLOW_3G);
    }

    /** The person chose the full version (the "Full version" link's cookie), as before the automatic choice existed. */
    static void forceFull(BrowserContext context, String base) {
        context.addCookies(List.of(new com.microsoft.playwright.options.Cookie("accord-view", "full").setUrl(base)));
    }

    static Traffic throttled(BrowserContext context, Page page, Profile profile) {
        CDPSession cdp = context.newCDPSession(page);
        cdp.send("Network.enable");
        JsonObject conditions = new JsonObject();
        conditions.addProperty("offline", false);
        conditions.addProperty("latency", profile.latency());
        conditions.addProperty("downloadThroughput", profile.down());
        conditions.addProperty("uploadThroughput", profile.up());
        cdp.send("Network.emulateNetworkConditions", conditions);
        JsonObject noCache = new JsonObject();
        noCache.addProperty("cacheDisabled", true);
        cdp.send("Network.setCacheDisabled", noCache);
        Traffic t = new Traffic();
        cdp.on("Network.requestWillBeSent", e -> t.request(e.get("requestId").getAsString(), e.get("request").getAsJsonObject()
                .get("url").getAsString(), e.has("type") ? e.get("type").getAsString() : "Other", e.get("timestamp").getAsDouble()));
        cdp.on("Network.responseReceived", e -> t.headers(e.get("requestId").getAsString(), e.get("type").getAsString(),
                e.getAsJsonObject("response").get("encodedDataLength").getAsLong()));
        cdp.on("Network.dataReceived", e -> t.data(e.get("requestId").getAsString(), e.get("encodedDataLength").getAsLong()));
        cdp.on("Network.loadingFinished", e -> t.finished(e.get("requestId").getAsString(), e.get("encodedDataLength").getAsLong(),
                e.get("timestamp").getAsDouble()));
        cdp.on("Network.loadingFailed", e -> t.failed(e.get("requestId").getAsString(), e.get("timestamp").getAsDouble(),
                e.has("canceled") && e.get("canceled").getAsBoolean()));
        cdp.on("Network.webSocketCreated", e -> t.request(e.get("requestId").getAsString(), e.get("url").getAsString(), "WebSocket",
                Double.NaN));
        // Frames are text; what crosses the network is their UTF-8 bytes, not their length in Java chars.
        cdp.on("Network.webSocketFrameReceived", e -> t.frame(e.get("requestId").getAsString(),
                e.getAsJsonObject("response").get("payloadData").getAsString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                e.get("timestamp").getAsDouble()));
        return t;
    }

    /**
     * Every request of a page load: its kind (HTML, JS bundle, CSS, fonts, UIDL/push…), bytes over the network and
     * start/end (CDP monotonic seconds). Failed and cancelled requests count with what they received before failing.
     */
    static final class Traffic {
        private final java.util.Map<String, Entry> entries = new java.util.concurrent.ConcurrentHashMap<>();

        static final class Entry {
            volatile String url = "";
            volatile String type = "Other";
            volatile double start = Double.NaN;
            volatile double end = Double.NaN;
            volatile long headerBytes;
            volatile long dataBytes;
            volatile long finalBytes = -1;
            volatile String state = "pending";
        }

        private Entry entry(String id) {
            return entries.computeIfAbsent(id, k -> new Entry());
        }

        void request(String id, String url, String type, double at) {
            Entry e = entry(id);
            e.url = url;
            e.type = type;
            if (Double.isNaN(e.start)) {
                e.start = at;
            }
        }

        void headers(String id, String type, long bytes) {
            Entry e = entry(id);
            e.type = type;
            e.headerBytes = bytes;
        }

        synchronized void data(String id, long bytes) {
            entry(id).dataBytes += bytes;
        }

        void finished(String id, long bytes, double at) {
            Entry e = entry(id);
            e.finalBytes = bytes;
            e.end = at;
            e.state = "finished";
        }

        void failed(String id, double at, boolean cancelled) {
            Entry e = entry(id);
            e.end = at;
            e.state = cancelled ? "cancelled" : "failed";
        }

        synchronized void frame(String id, long bytes, double at) {
            Entry e = entry(id);
            e.type = "WebSocket";
            e.dataBytes += bytes;
            e.end = at;
            if (Double.isNaN(e.start)) {
                e.start = at;
            }
        }

        static long bytesOf(Entry e) {
            return e.finalBytes >= 0 ? e.finalBytes : e.headerBytes + e.dataBytes;
        }

        long bytes() {
            return entries.values().stream().mapToLong(Traffic::bytesOf).sum();
        }

        static String kind(Entry e) {
            String u = e.url;
            return switch (e.type) {
                case "Document" -> "HTML";
                case "Script" -> u.contains("/VAADIN/build/") ? "JS bundle" : "JS other";
                case "Stylesheet" -> "CSS";
                case "Font" -> "fonts";
                case "XHR", "Fetch" -> u.contains("v-r=uidl") ? "UIDL" : u.contains("v-r=push") ? "push" : "XHR other";
                case "WebSocket" -> "push (WebSocket)";
                case "Image" -> "images";
                default -> u.contains("v-r=push") ? "push" : "other (" + e.type + ")";
            };
        }

        /** Per kind: requests, bytes, first start → last end relative to the first request, failed/cancelled counts. */
        String breakdown() {
            double t0 = entries.values().stream().mapToDouble(e -> e.start).filter(d -> !Double.isNaN(d)).min().orElse(0);
            java.util.Map<String, List<Entry>> byKind = new java.util.TreeMap<>();
            entries.values().forEach(e -> byKind.computeIfAbsent(kind(e), k -> new ArrayList<>()).add(e));
            StringBuilder out = new StringBuilder("| kind | requests | bytes | from → to (s after first request) | failed/cancelled |\n|---|---|---|---|---|\n");
            byKind.forEach((kind, list) -> {
                double from = list.stream().mapToDouble(e -> e.start).filter(d -> !Double.isNaN(d)).min().orElse(Double.NaN);
                double to = list.stream().mapToDouble(e -> e.end).filter(d -> !Double.isNaN(d)).max().orElse(Double.NaN);
                long notDone = list.stream().filter(e -> !e.state.equals("finished") && !e.type.equals("WebSocket")).count();
                out.append(String.format(Locale.ROOT, "| %s | %d | %.1f kB | %.1f → %.1f | %d |%n", kind, list.size(),
                        list.stream().mapToLong(Traffic::bytesOf).sum() / 1024.0, from - t0, to - t0, notDone));
            });
            out.append(String.format(Locale.ROOT, "| all | %d | %.1f kB | | |%n", entries.size(), bytes() / 1024.0));
            return out.toString();
        }
    }

    static void awaitPublished(Api api, String id) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (api.get("/api/v1/publishing/" + id, "secretariat").get("publication").get("status").asString().equals("published")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("publication " + id + " not published in time");
    }


    static String kb(List<Long> samples) {
        return samples.stream().map(b -> String.format(Locale.ROOT, "%.0f kB", b / 1024.0)).toList().toString();
    }

    static String stats(List<Long> samples) {
        List<Long> s = samples.stream().sorted().toList();
        return String.format(Locale.ROOT, "median %d ms (runs %s)", s.get(s.size() / 2), samples);
    }
}
