package org.accord.bench;

import com.microsoft.playwright.*;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Heap held per active UI session: live heap (after full GC) with 20 signed-in browser contexts
 * on the draft view, minus the live heap before them, divided by 20.
 */
class SessionHeapBenchmarkIT {

    static final int SESSIONS = 20;

    @Test
    void heapPerSession() throws Exception {
        Path data = Files.createTempDirectory("accord-bench-heap");
        try (AppProcess app = AppProcess.start(data, 18182, "-Xmx1g");
             Playwright pw = Browsers.playwright()) {
            app.awaitHealthy(Duration.ofMinutes(3));
            Browser browser = Browsers.chromium(pw);
            String base = "http://127.0.0.1:" + app.port;

            // Warm-up: classes loaded, caches filled, then the session ends.
            BrowserContext warm = browser.newContext();
            openDraft(warm.newPage(), base);
            warm.close();
            long before = app.liveHeapBytes();

            List<BrowserContext> open = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                BrowserContext ctx = browser.newContext();
                openDraft(ctx.newPage(), base);
                open.add(ctx);
            }
            long after = app.liveHeapBytes();
            long perSession = (after - before) / SESSIONS;
            Report.write("session-heap", "live heap before: " + before / 1024 + " KiB, with " + SESSIONS
                    + " sessions on the draft view: " + after / 1024 + " KiB\nper session: " + perSession / 1024 + " KiB");
            for (BrowserContext ctx : open) {
                ctx.close();
            }
            browser.close();
        }
    }

    private static void openDraft(Page page, String base) {
        page.setDefaultTimeout(60_000);
        page.navigate(base + "/login");
        page.getByLabel("Username").fill("delegate");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("accord-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.locator("#my-working-groups a").first().click();
        assertThat(page.locator("article.document h2").first()).containsText("1 Scope");
    }
}
