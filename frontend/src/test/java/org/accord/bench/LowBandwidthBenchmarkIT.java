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
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 figures under Chromium's network throttling with DevTools' classic "Slow 3G" profile (2,000 ms latency,
 * 400 kbit/s down and up): the draft reader of a 100-clause draft on a first visit (empty cache, already signed in):
 * bytes transferred and time until the whole draft is shown and the client idle; and the no-JavaScript public reader
 * of the same text once published.
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
            for (Profile profile : List.of(Profile.SLOW_3G, Profile.FAST_3G)) {
                List<Long> bytes = new ArrayList<>();
                List<Long> firstClause = new ArrayList<>();
                List<Long> interactive = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setStorageState(state))) {
                        Page page = context.newPage();
                        AtomicLong transferred = throttled(context, page, profile);
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
                        bytes.add(transferred.get());
                    }
                }
                report.append("draft view, 100 clauses (~80 words each), first visit with empty cache, ").append(profile.name())
                        .append(", ").append(RUNS).append(" runs: transferred ").append(kb(bytes)).append("; first clause shown ")
                        .append(stats(firstClause)).append("; all clauses shown and client idle ").append(stats(interactive)).append('\n');
            }
            List<Long> liteBytes = new ArrayList<>();
            List<Long> liteTime = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setStorageState(state)
                        .setJavaScriptEnabled(false))) {
                    Page page = context.newPage();
                    AtomicLong transferred = throttled(context, page);
                    long t0 = System.nanoTime();
                    page.navigate(base + "/lite/drafts/" + draft);
                    page.waitForLoadState();
                    liteTime.add(Report.ms(t0));
                    page.waitForTimeout(500);
                    liteBytes.add(transferred.get());
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
                    AtomicLong transferred = throttled(context, page);
                    long t0 = System.nanoTime();
                    page.navigate(base + "/standards/" + publication);
                    page.waitForLoadState();
                    publicTime.add(Report.ms(t0));
                    page.waitForTimeout(500);
                    publicBytes.add(transferred.get());
                    assertThat(page.locator("h1").first().textContent()).isNotBlank();
                }
            }
            report.append("public reader of the same text published (no JavaScript), first visit, Slow 3G: transferred ")
                    .append(kb(publicBytes)).append("; loaded ").append(stats(publicTime)).append('\n');
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

    static AtomicLong throttled(BrowserContext context, Page page) {
        return throttled(context, page, Profile.SLOW_3G);
    }

    static AtomicLong throttled(BrowserContext context, Page page, Profile profile) {
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
        AtomicLong bytes = new AtomicLong();
        cdp.on("Network.loadingFinished", e -> bytes.addAndGet(e.get("encodedDataLength").getAsLong()));
        cdp.on("Network.webSocketFrameReceived", e -> bytes.addAndGet(
                e.getAsJsonObject("response").get("payloadData").getAsString().length()));
        return bytes;
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
