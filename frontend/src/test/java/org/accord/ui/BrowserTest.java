package org.accord.ui;

import com.microsoft.playwright.*;
import com.microsoft.playwright.options.AriaRole;
import org.accord.AccordApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Starts the whole app on a random port with the seed data and drives Debian's Chromium through
 * Playwright. No browser is downloaded: the system one is used.
 */
@SpringBootTest(classes = AccordApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    static final String PASSWORD = "accord-demo";
    static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }

    void signInAs(String username) {
        signIn(username, PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, ").setExact(false)))
                .isVisible();
    }

    /**
     * Replaces the context with one whose browser asks for {@code locale} (e.g. "ar") and signs in through the form by
     * its field names, which do not depend on the language.
     */
    void signInWithBrowserLanguage(String user, String locale) {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale(locale));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("input[name=password]").press("Enter");
        assertThat(page.locator("#my-working-groups")).isVisible();
    }

    /** A REST call as a seeded user (HTTP Basic), for setting up what a test then watches in the browser. */
    java.net.http.HttpResponse<String> api(String method, String path, String user, String json) {
        String token = java.util.Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.net.http.HttpRequest.Builder req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path)))
                .header("Authorization", "Basic " + token)
                .method(method, json == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            req.header("Content-Type", "application/json");
        }
        try (java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient()) {
            return http.send(req.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void screenshot(String name) {
        try {
            Path dir = Paths.get("target", "screenshots");
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(false));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** axe-core's serious and critical violations of WCAG 2.x A/AA rules on the current page, one per line ("" if none). */
    String seriousAxeViolations() {
        com.deque.html.axecore.results.AxeResults results = new com.deque.html.axecore.playwright.AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).analyze();
        return results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " — " + v.getNodes().stream()
                        .limit(3).map(n -> String.valueOf(n.getTarget())).collect(java.util.stream.Collectors.joining("; ")))
                .collect(java.util.stream.Collectors.joining("\n"));
    }
}
