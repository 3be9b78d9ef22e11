package org.accord.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.accord.sso.KeycloakTestServer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 figures: a browser sign-in through Keycloak (from pressing "Sign in with Keycloak" to the dashboard,
 * Keycloak's page and the code exchange included) against the packaged app, and a REST call with a fresh bearer token
 * (first use of a token: signature, account sync, answer).
 */
class SingleSignOnBenchmarkIT {

    static final int RUNS = 20;

    @Test
    void singleSignOnFigures() throws Exception {
        KeycloakTestServer keycloak = KeycloakTestServer.get();
        Path data = Files.createTempDirectory("accord-bench-sso");
        StringBuilder report = new StringBuilder("Keycloak " + KeycloakTestServer.class.getSimpleName() + " started in "
                + keycloak.startTime().toMillis() + " ms\n");
        try (AppProcess app = AppProcess.start(data, 18191, "-Xmx1g", "-Daccord.sso.url=" + keycloak.url(),
                "-Daccord.sso.client-secret=accord-app-secret");
             Playwright pw = Browsers.playwright();
             Browser browser = Browsers.chromium(pw)) {
            app.awaitHealthy(Duration.ofMinutes(3));
            String base = "http://localhost:" + app.port;
            List<Long> login = new ArrayList<>();
            for (int i = 0; i <= RUNS; i++) {
                try (BrowserContext context = browser.newContext()) {
                    Page page = context.newPage();
                    page.navigate(base + "/login");
                    page.waitForSelector("#sign-in-sso");
                    long t0 = System.nanoTime();
                    page.locator("#sign-in-sso").click();
                    page.waitForURL(Pattern.compile(".*/realms/accord/.*"));
                    page.locator("#username").fill("amara");
                    page.locator("#password").fill("accord-demo");
                    page.locator("#kc-login").click();
                    page.waitForSelector("#my-working-groups");
                    if (i > 0) {
                        login.add(Report.ms(t0));
                    }
                }
            }
            report.append("browser sign-in through Keycloak (click → Keycloak page → typed password → dashboard), ")
                    .append(RUNS).append(" runs after 1 warm-up: ").append(Report.stats(login)).append('\n');

            HttpClient http = HttpClient.newHttpClient();
            List<Long> tokens = new ArrayList<>();
            List<Long> calls = new ArrayList<>();
            for (int i = 0; i <= RUNS; i++) {
                long t0 = System.nanoTime();
                String token = KeycloakTestServer.field(keycloak.passwordGrant("editor", "accord-demo"), "access_token");
                long got = Report.ms(t0);
                long t1 = System.nanoTime();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/drafts"))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isEqualTo(200);
                if (i > 0) {
                    tokens.add(got);
                    calls.add(Report.ms(t1));
                }
            }
            report.append("token from Keycloak (password grant, test client): ").append(Report.stats(tokens)).append('\n');
            report.append("first REST call with that token (GET /api/v1/drafts): ").append(Report.stats(calls)).append('\n');
        } finally {
            keycloak.stop();
        }
        System.out.println(report);
        Report.write("sso", report.toString());
    }


}
