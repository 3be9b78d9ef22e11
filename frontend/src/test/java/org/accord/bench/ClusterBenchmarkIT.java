package org.accord.bench;

import com.microsoft.playwright.*;
import com.microsoft.playwright.options.AriaRole;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Issue 10: two packaged app nodes on one PostgreSQL (started here, as an external database for both). A delegate's
 * browser shows a draft on node B; a comment is filed over REST on node A, and the time until the clause's
 * "Comments (n)" changes in B's page is taken from the page's own clock (a MutationObserver), so the observer adds
 * no polling delay. For comparison the same measure with the comment filed on node B itself.
 */
class ClusterBenchmarkIT {

    private static final int RUNS = 20;
    private static final int WARM_UP = 3;

    @Test
    void crossNodeLiveUpdateLatency() throws Exception {
        Path data = Files.createTempDirectory("accord-bench-cluster");
        StringBuilder report = new StringBuilder();
        try (EmbeddedPostgres db = EmbeddedPostgres.builder().setDataDirectory(data.resolve("db"))
                .setOverrideWorkingDirectory(Files.createDirectories(data.resolve("pg-runtime")).toFile())
                .setCleanDataDirectory(true).start()) {
            List<String> shared = List.of("--spring.datasource.url=" + db.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres");
            try (AppProcess a = AppProcess.start(data.resolve("a"), 18191, List.of("-Xmx768m"), shared);
                 AppProcess b = AppProcess.start(data.resolve("b"), 18192, List.of("-Xmx768m"), shared)) {
                a.awaitHealthy(Duration.ofMinutes(3));
                b.awaitHealthy(Duration.ofMinutes(3));
                Api apiA = new Api(a.port);
                Api apiB = new Api(b.port);
                String wg = null;
                for (JsonNode g : apiA.get("/api/v1/working-groups", "secretariat")) {
                    if (g.get("code").asString().equals("WG 1")) {
                        wg = g.get("id").asString();
                    }
                }
                String draft = apiA.post("/api/v1/drafts/import?workingGroupId=" + wg, "secretariat", "text/markdown",
                        DraftingBenchmarkIT.markdown("BENCH CLUSTER", 5, 4, 60), 201).get("id").asString();
                apiA.post("/api/v1/drafts/" + draft + "/versions", "convenor", "application/json", "{\"label\":\"CD 1\"}", 201);
                apiA.post("/api/v1/drafts/" + draft + "/comment-periods", "secretariat", "application/json",
                        "{\"version\":\"CD 1\",\"deadline\":\"" + Instant.now().plus(Duration.ofDays(7)) + "\",\"allowLate\":false}", 201);
                JsonNode clause = apiA.get("/api/v1/drafts/" + draft + "/clauses", "editor").get(0);
                String clauseId = clause.get("id").asString();
                String quote = clause.get("text").asString().split(" ")[0];

                try (Playwright pw = Browsers.playwright(); Browser browser = Browsers.chromium(pw)) {
                    Page page = browser.newContext().newPage();
                    Browsers.signIn(page, "http://127.0.0.1:" + b.port, "delegate");
                    page.navigate("http://127.0.0.1:" + b.port + "/drafts/" + draft);
                    page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("1 Section 1")).waitFor();

                    int[] filed = {0};
                    List<Long> crossCalls = new ArrayList<>();
                    List<Long> sameCalls = new ArrayList<>();
                    List<Long> cross = measure(page, clauseId, filed, crossCalls, () -> file(apiA, draft, clauseId, quote, filed[0]));
                    List<Long> same = measure(page, clauseId, filed, sameCalls, () -> file(apiB, draft, clauseId, quote, filed[0]));
                    report.append("comment filed over REST on node A → \"Comments (n)\" changed in a browser on node B (")
                            .append(RUNS).append(" runs after ").append(WARM_UP).append(" warm-up): ").append(stats(cross))
                            .append("; of which the REST call itself: ").append(stats(crossCalls)).append('\n');
                    report.append("same, comment filed on node B itself (the same path through PostgreSQL): ")
                            .append(stats(same)).append("; REST call: ").append(stats(sameCalls)).append('\n');
                }
            }
        }
        Report.write("cluster", report.toString());
    }

    private interface Action {
        void run() throws Exception;
    }

    /** Milliseconds from just before the REST call to the DOM change in the page, per run. */
    private static List<Long> measure(Page page, String clauseId, int[] filed, List<Long> calls, Action file) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            String expected = "Comments (" + (filed[0] + 1) + ")";
            page.evaluate("""
                    ([sel, expected]) => {
                      window.__seen = null;
                      const check = () => {
                        const el = document.querySelector(sel);
                        if (el && el.textContent.includes(expected)) { window.__seen = performance.timeOrigin + performance.now(); return true; }
                        return false;
                      };
                      if (check()) return;
                      const obs = new MutationObserver(() => { if (check()) obs.disconnect(); });
                      obs.observe(document.body, {subtree: true, childList: true, characterData: true});
                    }""", List.of("[data-comments='" + clauseId + "']", expected));
            double t0 = System.currentTimeMillis(); // the page's timeOrigin + now() is on the same wall clock
            long c0 = System.nanoTime();
            file.run();
            long call = (System.nanoTime() - c0) / 1_000_000;
            filed[0]++;
            page.waitForFunction("() => window.__seen !== null", null, new Page.WaitForFunctionOptions().setTimeout(30_000));
            double seen = ((Number) page.evaluate("() => window.__seen")).doubleValue();
            if (run >= WARM_UP) {
                times.add(Math.round(seen - t0));
                calls.add(call);
            }
            Thread.sleep(300);
        }
        return times;
    }

    private static void file(Api api, String draft, String clauseId, String quote, int n) throws Exception {
        String user = n % 2 == 0 ? "delegate2" : "editor";
        api.post("/api/v1/drafts/" + draft + "/comments", user, "application/json", Api.JSON.writeValueAsString(Map.of(
                "clauseId", clauseId, "type", "ED", "justification", "Latency run " + n, "quote", quote, "submit", true)), 201);
    }

    private static String stats(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return "p50 " + sorted.get(sorted.size() / 2) + " ms, p95 " + sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1)
                + " ms, max " + sorted.getLast() + " ms (all: " + times + ")";
    }
}
