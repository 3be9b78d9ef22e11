package org.accord.ui;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.test.context.TestPropertySource;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OWASP ASVS level 2 items over real HTTP and a real browser: response headers and the Content-Security-Policy (with
 * Vaadin still working under it), session fixation, cookie flags, logout, no cookie-authenticated REST writes, sign-in
 * throttling of HTTP Basic, the upload cap, and webhooks refused inside this server's network.
 * Runs as if behind a TLS proxy ({@code server.forward-headers-strategy=native}; the proxy is loopback).
 */
@TestPropertySource(properties = {"server.forward-headers-strategy=native", "accord.upload.max-size=1MB"})
@org.junit.jupiter.api.Order(Integer.MAX_VALUE - 1) // its own Spring context: after the classes sharing one (junit-platform.properties)
class SecurityHardeningTest extends BrowserTest {

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    ServerProperties server;

    HttpResponse<String> get(String path, String user, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
        if (user != null) {
            b.header("Authorization", basic(user, PASSWORD));
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String csp(HttpHeaders h) {
        return h.firstValue("Content-Security-Policy").orElse("");
    }

    String draftId() throws Exception {
        String body = get("/api/v1/drafts", "delegate").body();
        int at = body.indexOf("ACC WD 42101");
        int id = body.lastIndexOf("\"id\":\"", at);
        return body.substring(id + 6, body.indexOf('"', id + 6));
    }

    @Test
    void everyKindOfPageSendsTheSecurityHeaders() throws Exception {
        HttpHeaders ui = get("/login", null).headers();
        assertThat(csp(ui)).contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
                "default-src 'self'");
        assertThat(ui.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(ui.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(ui.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(ui.firstValue("Permissions-Policy")).hasValueSatisfying(v -> assertThat(v).contains("camera=()", "geolocation=()"));
        assertThat(ui.firstValue("Strict-Transport-Security")).as("HSTS only over HTTPS").isEmpty();

        HttpHeaders api = get("/api/v1/drafts", "delegate").headers();
        assertThat(csp(api)).startsWith("default-src 'none'").contains("frame-ancestors 'none'");
        assertThat(api.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(api.firstValue("Cache-Control").orElse("")).contains("no-store");

        HttpHeaders reader = get("/standards", null).headers();
        assertThat(csp(reader)).startsWith("default-src 'none'").doesNotContain("script-src").contains("frame-ancestors 'none'");
        assertThat(reader.firstValue("Permissions-Policy")).isPresent();

        assertThat(csp(get("/swagger-ui/index.html", null).headers())).contains("script-src 'self'").doesNotContain("unsafe-eval");
        for (HttpHeaders h : List.of(ui, api, reader)) {
            assertThat(h.firstValue("Server")).as("no server name or version").isEmpty();
            assertThat(h.firstValue("X-Powered-By")).isEmpty();
        }
    }

    @Test
    void behindATlsProxyCookiesAreSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> r = get("/login", null, "X-Forwarded-Proto", "https");
        assertThat(r.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000 ; includeSubDomains");
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax");
        assertThat(server.getServlet().getSession().getTimeout()).as("idle timeout").isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void errorsTheServletContainerAnswersItselfDoNotNameIt() throws Exception {
        try (Socket s = new Socket("localhost", port)) {
            OutputStream out = s.getOutputStream();
            out.write("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 400").doesNotContainIgnoringCase("tomcat").doesNotContainIgnoringCase("server:");
        }
    }

    @Test
    void signingInChangesTheSessionIdAndSigningOutEndsTheSession() throws Exception {
        page.navigate(url("/login"));
        String before = sessionCookie().value;
        signInPatiently("editor");
        Cookie after = sessionCookie();
        assertThat(after.value).as("session fixation: a new id after sign-in").isNotEqualTo(before);
        assertThat(after.httpOnly).isTrue();
        assertThat(after.sameSite.name()).isEqualToIgnoringCase("LAX");
        String lite = "/lite/drafts/" + draftId();
        assertThat(get(lite, null, "Cookie", "JSESSIONID=" + after.value).statusCode()).isEqualTo(200);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(u -> u.contains("/login"));
        HttpResponse<String> stale = get(lite, null, "Cookie", "JSESSIONID=" + after.value);
        assertThat(stale.statusCode()).as("the old session id no longer signs anyone in").isEqualTo(302);
        assertThat(stale.headers().firstValue("Location").orElse("")).contains("/lite/sign-in"); // the light page's own sign-in
    }

    @Test
    void theRestApiIgnoresTheBrowserSession_soNoCrossSiteWrites() throws Exception {
        signInPatiently("editor");
        String draft = draftId();
        // the browser's cookies only, as a cross-site form or fetch would send them
        APIResponse write = page.request().post(url("/api/v1/drafts/" + draft + "/versions"), RequestOptions.create()
                .setHeader("Origin", "https://attacker.example").setHeader("Content-Type", "application/json")
                .setData("{\"label\":\"XSITE 1\",\"note\":\"forged\"}").setMaxRedirects(0));
        assertThat(write.status()).isEqualTo(401);
        assertThat(page.request().get(url("/api/v1/drafts")).status()).isEqualTo(401);
        assertThat(get("/api/v1/drafts/" + draft + "/versions", "editor").body()).doesNotContain("XSITE 1");
        // the light reader's form needs the session's CSRF token
        APIResponse forged = page.request().post(url("/lite/drafts/" + draft + "/clauses/" + draft + "/comments"),
                RequestOptions.create().setForm(com.microsoft.playwright.options.FormData.create().set("type", "ed")
                        .set("justification", "forged")).setMaxRedirects(0));
        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void httpBasicIsThrottledLikeTheSignInForm() throws Exception {
        assertThat(get("/api/v1/drafts", "delegate5").statusCode()).isEqualTo(200); // a remembered success must not help
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/drafts")))
                    .header("Authorization", basic("delegate5", "guess-" + i)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(wrong.statusCode()).isEqualTo(401);
        }
        assertThat(get("/api/v1/drafts", "delegate5").statusCode()).as("locked: even the right password is refused").isEqualTo(401);
    }

    @Test
    void uploadsOverTheCapAreRefusedWithAClearMessage() throws Exception {
        byte[] big = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> declared = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/drafts/import?workingGroupId="
                        + java.util.UUID.randomUUID()))).header("Authorization", basic("secretariat", PASSWORD))
                .header("Content-Type", "text/markdown").POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains("larger than 1 MB");

        // no Content-Length (chunked): reading stops at the cap, a 400 not a 500, nothing stored
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/instruments")))
                .header("Authorization", basic("secretariat", PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isBetween(400, 413);
    }

    @Test
    void webhooksAreRefusedInsideThisServersNetwork() throws Exception {
        for (String target : List.of("http://127.0.0.1:" + port + "/api/v1/drafts", "http://169.254.169.254/latest/meta-data/",
                "http://localhost/", "http://[::1]/", "http://10.0.0.1/")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/webhooks")))
                    .header("Authorization", basic("secretariat", PASSWORD)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"committee\":\"TC 1\",\"url\":\"" + target + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(target).isEqualTo(400);
            assertThat(r.body()).contains("own network");
        }
    }

    @Test
    void vaadinRunsUnderItsContentSecurityPolicy() {
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Content-Security-Policy")) {
                violations.add(m.text());
            }
        });
        signInPatiently("editor");
        page.navigate(url("/drafts"));
        page.locator("vaadin-grid").getByText("ACC WD 42101").first().click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("article.document")).containsText("Scope",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        page.navigate(url("/drafts/" + draftIdQuietly() + "/comments"));
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("vaadin-grid").first()).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertThat(violations).as("CSP violations in the browser console").isEmpty();
    }

    /** Signs in and waits for the dashboard longer than the shared helper does: the build machines are shared. */
    void signInPatiently(String user) {
        signIn(user, PASSWORD);
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Welcome, ").setExact(false))).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
    }

    String draftIdQuietly() {
        try {
            return draftId();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Cookie sessionCookie() {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst().orElseThrow();
    }
}
