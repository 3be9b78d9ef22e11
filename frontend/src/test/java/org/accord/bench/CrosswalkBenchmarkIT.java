package org.accord.bench;

import com.microsoft.playwright.*;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.*;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7 figures against the packaged app: a 500-clause draft crosswalked to 30 instruments (≈15,000 provisions,
 * 20,000 mappings); matrix first render and lazy scrolling in Chromium; 2,000-provision CSV imports (REST, and in
 * the browser with its progress bar); suggestions for one clause against all provisions.
 */
class CrosswalkBenchmarkIT {

    static final int INSTRUMENTS = 30;
    static final int MAPPINGS = 20_000;

    @Test
    void crosswalkFigures() throws Exception {
        Path data = Files.createTempDirectory("accord-bench-crosswalk");
        StringBuilder report = new StringBuilder();
        try (AppProcess app = AppProcess.start(data, 18188, "-Xmx1g")) {
            app.awaitHealthy(Duration.ofMinutes(3));
            Api api = new Api(app.port);
            String wg = api.get("/api/v1/working-groups", "secretariat").get(0).get("id").asString();
            String draft = api.post("/api/v1/drafts/import?workingGroupId=" + wg, "secretariat", "text/markdown",
                    DraftingBenchmarkIT.markdown("BENCH CW", 25, 20, 60), 201).get("id").asString();
            List<String> clauses = new ArrayList<>();
            List<String> clauseIds = new ArrayList<>();
            for (JsonNode n : api.get("/api/v1/drafts/" + draft + "/clauses", "editor")) {
                clauses.add(n.get("number").asString());
                clauseIds.add(n.get("id").asString());
                n.get("children").forEach(c -> { clauses.add(c.get("number").asString()); clauseIds.add(c.get("id").asString()); });
            }
            assertThat(clauses).hasSize(500);

            // 2,000-provision CSV, imported and re-imported over REST
            String csv2000 = provisionCsv(2000, new Random(7));
            String first = instrument(api, 0);
            long t0 = System.nanoTime();
            JsonNode imported = api.post("/api/v1/instruments/" + first + "/provisions/csv", "secretariat", "text/csv", csv2000, 200);
            long importMs = Report.ms(t0);
            assertThat(imported.get("added").asInt()).isEqualTo(2000);
            t0 = System.nanoTime();
            JsonNode again = api.post("/api/v1/instruments/" + first + "/provisions/csv", "secretariat", "text/csv",
                    csv2000.replace("risk", "hazard"), 200);
            long reimportMs = Report.ms(t0);
            report.append("CSV import of 2,000 provisions over REST (parse, validate, write, index): ").append(importMs)
                    .append(" ms; re-import by identifier with ").append(again.get("updated").asInt()).append(" changed: ")
                    .append(reimportMs).append(" ms\n");

            // 29 more instruments of ~450 provisions → ≈15,000 provisions in all
            Random random = new Random(11);
            List<String> codes = new ArrayList<>(List.of("BENCH-0"));
            Map<String, Integer> sizes = new HashMap<>(Map.of("BENCH-0", 2000));
            for (int i = 1; i < INSTRUMENTS; i++) {
                String id = instrument(api, i);
                api.post("/api/v1/instruments/" + id + "/provisions/csv", "secretariat", "text/csv", provisionCsv(450, random), 200);
                codes.add("BENCH-" + i);
                sizes.put("BENCH-" + i, 450);
            }
            int total = sizes.values().stream().mapToInt(Integer::intValue).sum();

            // 20,000 mappings in one OLIR CSV import
            StringBuilder olir = new StringBuilder("Focal Document Element,Reference Document,Reference Document Element,Relationship,Rationale,Strength of Relationship\n");
            Set<String> pairs = new HashSet<>();
            String[] relationships = {"subset of", "superset of", "intersects with", "equal", "no relationship"};
            while (pairs.size() < MAPPINGS) {
                int c = random.nextInt(clauses.size());
                String code = codes.get(random.nextInt(codes.size()));
                String p = "p" + random.nextInt(sizes.get(code));
                if (pairs.add(c + "|" + code + "|" + p)) {
                    String rel = relationships[random.nextInt(relationships.length)];
                    String strength = rel.equals("equal") ? "10" : rel.equals("no relationship") ? "0" : String.valueOf(1 + random.nextInt(9));
                    olir.append(clauses.get(c)).append(',').append(code).append(',').append(p).append(',').append(rel)
                            .append(",semantic,").append(strength).append('\n');
                }
            }
            t0 = System.nanoTime();
            JsonNode mapped = api.post("/api/v1/drafts/" + draft + "/crosswalk.olir.csv", "secretariat", "text/csv", olir.toString(), 200);
            report.append("OLIR CSV import of ").append(mapped.get("created").asInt()).append(" mappings: ").append(Report.ms(t0)).append(" ms\n");

            List<Long> matrix = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                t0 = System.nanoTime();
                JsonNode m = api.get("/api/v1/drafts/" + draft + "/crosswalk-matrix", "delegate");
                if (i > 0) matrix.add(Report.ms(t0));
                assertThat(m.get("rows").size()).isEqualTo(500);
            }
            report.append("matrix over REST (500 clauses × ").append(INSTRUMENTS + 7).append(" instruments, ").append(total + 76)
                    .append(" provisions, ").append(MAPPINGS).append(" mappings), 10 runs after 1 warm-up: ").append(Report.stats(matrix)).append('\n');

            // Suggestions come from the search index, which the outbox feeds in the background: wait until it has all.
            long waitStart = System.nanoTime();
            while (api.get("/api/v1/search/status", "secretariat").get("pendingChanges").asLong() > 0) {
                Thread.sleep(250);
            }
            report.append("search index caught up with the imports ").append(Report.ms(waitStart)).append(" ms after the matrix runs\n");
            List<Long> suggest = new ArrayList<>();
            for (int i = 0; i < 51; i++) {
                t0 = System.nanoTime();
                HttpResponse<String> r = api.send("GET", "/api/v1/drafts/" + draft + "/clauses/" + clauseIds.get(i * 9)
                        + "/suggestions?limit=5", "editor", null, null);
                assertThat(r.statusCode()).isEqualTo(200);
                if (i > 0) suggest.add(Report.ms(t0));
            }
            report.append("suggestions for one clause against ").append(total + 76)
                    .append(" provisions over REST (from the search index), 50 clauses after 1 warm-up: ").append(Report.stats(suggest)).append('\n');

            System.out.println(report);
            report.append(browser(app.port, draft, provisionCsv(2000, new Random(13)), instrument(api, 99)));
        }
        Report.write("crosswalk", report.toString());
    }

    private static String browser(int port, String draft, String csv, String instrumentId) throws Exception {
        StringBuilder out = new StringBuilder();
        String base = "http://127.0.0.1:" + port;
        try (Playwright pw = Browsers.playwright()) {
            Browser browser = Browsers.chromium(pw);
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
            page.setDefaultTimeout(120_000);
            Browsers.signIn(page, base, "secretariat");
            List<Long> first = new ArrayList<>();
            List<Long> scroll = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                page.navigate(base + "/");
                page.waitForSelector("#my-working-groups");
                long t0 = System.nanoTime();
                page.navigate(base + "/crosswalk/" + draft);
                try {
                    // empty cells have no size, so wait for the first row's cells to be in the DOM, not visible
                    page.waitForSelector("[data-cell^='1|']", new Page.WaitForSelectorOptions()
                            .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
                } catch (PlaywrightException e) {
                    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "benchmarks", "crosswalk-failure.png")));
                    throw e;
                }
                page.evaluate("() => new Promise(r => requestAnimationFrame(() => r(true)))");
                long f = Report.ms(t0);
                t0 = System.nanoTime();
                page.evaluate("() => { const g = document.querySelector('#crosswalk-matrix'); g.scrollToIndex(499); }");
                page.waitForSelector("[data-cell^='25.19|']", new Page.WaitForSelectorOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
                long s = Report.ms(t0);
                if (i > 0) {
                    first.add(f);
                    scroll.add(s);
                }
            }
            out.append("matrix first render in Chromium (navigation → first row of cells painted), 5 runs after 1 warm-up: ")
                    .append(Report.stats(first)).append('\n')
                    .append("scroll to the last of 500 rows (rows rendered lazily on demand): ").append(Report.stats(scroll)).append('\n');

            Path file = Files.createTempFile("provisions", ".csv");
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            page.navigate(base + "/crosswalk/" + draft);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Instruments").setExact(true)).click();
            page.locator("#instruments").getByText("BENCH-99", new Locator.GetByTextOptions().setExact(true)).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import provisions…")).click();
            FileChooser chooser = page.waitForFileChooser(() -> page.locator("#provision-upload vaadin-button").first().click());
            chooser.setFiles(file);
            page.locator("#csv-preview").waitFor();
            long t0 = System.nanoTime();
            page.locator("#import-provisions").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Import").setExact(true)).click();
            // the progress bar moves while rows are written; record the values seen
            Set<String> seen = new LinkedHashSet<>();
            while (!page.locator("#import-status").innerText().startsWith("Imported") && Report.ms(t0) < 120_000) {
                Object v = page.evaluate("() => { const p = document.querySelector('#import-provisions vaadin-progress-bar'); return p ? String(p.value) : ''; }");
                seen.add(String.valueOf(v));
                page.waitForTimeout(50);
            }
            out.append("CSV import of 2,000 provisions in the browser (click Import → report shown): ").append(Report.ms(t0))
                    .append(" ms; progress values seen: ").append(seen).append('\n');
            browser.close();
        }
        return out.toString();
    }

    private static String instrument(Api api, int i) throws Exception {
        return api.post("/api/v1/instruments", "secretariat", "application/json", Api.JSON.writeValueAsString(Map.of(
                "code", "BENCH-" + i, "jurisdiction", "B" + (char) ('A' + i % 26) + (char) ('A' + i / 26),
                "jurisdictionKind", "COUNTRY", "jurisdictionName", "Bench land " + i, "title", "Benchmark act " + i,
                "type", "LAW", "bindingNature", i % 3 == 0 ? "SOFT_LAW" : "BINDING_LAW", "status", "IN_FORCE",
                "url", "https://example.org/bench/" + i, "language", "en")), 201).get("id").asString();
    }

    /** Chapters of ten provisions each: p0 is a chapter, p1–p9 its articles; text of 40 random words with quotes. */
    static String provisionCsv(int rows, Random random) {
        StringBuilder csv = new StringBuilder("id,parent,number,heading,text\n");
        for (int i = 0; i < rows; i++) {
            String parent = i % 10 == 0 ? "" : "p" + (i - i % 10);
            csv.append("p").append(i).append(',').append(parent).append(",Art. ").append(i).append(",Heading ").append(i)
                    .append(",\"").append(DraftingBenchmarkIT.text(random, 40).replace("\"", "\"\"")).append(" risk \"\"quoted\"\"\"\n");
        }
        return csv.toString();
    }


}
