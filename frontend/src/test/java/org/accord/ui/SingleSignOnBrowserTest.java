package org.accord.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.accord.identity.IdentityService;
import org.accord.identity.SingleSignOn;
import org.accord.shared.security.SystemActor;
import org.accord.shared.security.WorkingGroupRole;
import org.accord.sso.KeycloakTestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on against a real Keycloak 26 with the realm of docker/keycloak: sign-in through Keycloak's own page,
 * roles and groups mapped, bearer tokens on the REST API, logout of both sessions, a removed role gone at the next
 * token, and Keycloak down (last, as it stops the server).
 */
@ExtendWith(OutputCaptureExtension.class)
@org.junit.jupiter.api.Order(Integer.MAX_VALUE) // its own Spring context: after the classes sharing one (junit-platform.properties)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SingleSignOnBrowserTest extends BrowserTest {

    static KeycloakTestServer keycloak;

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        keycloak = KeycloakTestServer.get();
        System.out.println("Keycloak test server at " + keycloak.url() + ", started in " + keycloak.startTime().toMillis() + " ms");
        registry.add("accord.sso.url", keycloak::url);
        registry.add("accord.sso.client-secret", () -> "accord-app-secret");
    }

    @Autowired IdentityService identity;
    @Autowired SingleSignOn sso;
    @Autowired org.accord.membership.MembershipService membership;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void timeouts() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    /** Through Keycloak's login page, as a person would. */
    private void signInWithKeycloak(String username) {
        page.navigate(url("/login"));
        page.locator("#sign-in-sso").click();
        page.waitForURL(Pattern.compile(".*/realms/accord/.*"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(PASSWORD);
        page.locator("#kc-login").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, ").setExact(false)))
                .isVisible();
    }

    private HttpResponse<String> api(String path, String bearer) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + bearer).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String accessToken(String username) throws Exception {
        return KeycloakTestServer.field(keycloak.passwordGrant(username, PASSWORD), "access_token");
    }

    private String userId(String username) throws Exception {
        String body = keycloak.admin("GET", "/users?exact=true&username=" + username, null).body();
        return KeycloakTestServer.field(body, "id");
    }

    private String groupId(String path) throws Exception {
        String body = keycloak.admin("GET", "/group-by-path" + path, null).body();
        return KeycloakTestServer.field(body, "id");
    }

    @Test
    @Order(1)
    void aRealmUserSignsInThroughKeycloakAndLandsWithTheirWorkingGroupRole() {
        page.navigate(url("/login"));
        assertThat(page.locator("#sign-in-sso")).hasText("Sign in with Keycloak");
        screenshot("sso-login");
        // amara exists only in Keycloak: the first sign-in creates her account, group /wg/1/editors makes her editor.
        signInWithKeycloak("amara");
        Locator groups = page.locator("#my-working-groups");
        assertThat(groups).containsText("WG 1");
        assertThat(groups).containsText("Editor");
        screenshot("sso-dashboard");
        assertThat(SystemActor.call("test", () -> identity.findByUsername("amara"))).hasValueSatisfying(u -> {
            assertThat(u.displayName()).isEqualTo("Amara Okafor");
            assertThat(u.email()).isEqualTo("amara@example.org");
        });
    }

    @Test
    @Order(2)
    void logoutEndsTheAppSessionAndTheKeycloakSession() {
        signInWithKeycloak("amara");
        java.util.List<String> visited = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onRequest(r -> visited.add(r.url()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        // Through Keycloak's end-session endpoint and back to the sign-in page.
        page.waitForURL(Pattern.compile(".*/login.*"));
        assertThat(visited).anyMatch(u -> u.contains("/realms/accord/protocol/openid-connect/logout") && u.contains("id_token_hint="));
        page.navigate(url("/"));
        page.waitForURL(Pattern.compile(".*/login.*"));
        // Were the Keycloak session alive, this would sign straight back in; instead Keycloak asks for a password.
        page.locator("#sign-in-sso").click();
        assertThat(page.locator("#password")).isVisible();
    }

    @Test
    @Order(3)
    void keycloakBearerTokensCallTheApiWithTheirRolesAndBadTokensGet401(CapturedOutput output) throws Exception {
        String editor = accessToken("editor");
        assertThat(api("/api/v1/drafts", editor).statusCode()).isEqualTo(200);
        // The search index status is for the secretariat: an editor's token is refused, a secretariat's accepted.
        assertThat(api("/api/v1/search/status", editor).statusCode()).isEqualTo(403);
        assertThat(api("/api/v1/search/status", accessToken("secretariat")).statusCode()).isEqualTo(200);

        String[] parts = editor.split("\\.");
        String forgedClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(new String(
                Base64.getUrlDecoder().decode(parts[1])).replace("\"editor\"", "\"admin\"").getBytes());
        String tampered = parts[0] + "." + forgedClaims + "." + parts[2];
        HttpResponse<String> refused = api("/api/v1/drafts", tampered);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).contains("invalid_token"));
        assertThat(api("/api/v1/drafts", "not-a-token").statusCode()).isEqualTo(401);
        assertThat(output.getAll()).contains("Bearer token refused for GET /api/v1/drafts")
                .doesNotContain(parts[2]).doesNotContain(forgedClaims);
    }

    @Test
    @Order(3)
    void anExpiredTokenAndATokenForAnotherAudienceGet401LoggedWithTheReasonNeverTheToken(CapturedOutput output) throws Exception {
        // A client without the audience mapper: a valid Keycloak token, but not for this API.
        String foreign = KeycloakTestServer.field(keycloak.passwordGrant(KeycloakTestServer.NO_AUDIENCE_CLIENT, "editor", PASSWORD), "access_token");
        HttpResponse<String> wrongAudience = api("/api/v1/working-groups", foreign);
        assertThat(wrongAudience.statusCode()).isEqualTo(401);
        assertThat(wrongAudience.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).contains("invalid_token"));
        assertThat(refusals(output, "/api/v1/working-groups")).anySatisfy(line -> assertThat(line).contains("audience"));

        // One-second tokens: used once in time, then again after expiry and the 5 s clock skew.
        String shortLived = KeycloakTestServer.field(keycloak.passwordGrant(KeycloakTestServer.SHORT_LIVED_CLIENT, "editor", PASSWORD), "access_token");
        assertThat(api("/api/v1/search/status", shortLived).statusCode()).isNotEqualTo(401);
        Thread.sleep(7_500);
        HttpResponse<String> expired = api("/api/v1/search/status", shortLived);
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(refusals(output, "/api/v1/search/status")).anySatisfy(line -> assertThat(line).contains("expired"));

        for (String token : new String[]{foreign, shortLived}) {
            assertThat(output.getAll()).doesNotContain(token).doesNotContain(token.split("\\.")[2]);
        }
    }

    private static java.util.List<String> refusals(CapturedOutput output, String path) {
        return output.getAll().lines().filter(l -> l.contains("Bearer token refused for GET " + path)).toList();
    }

    @Test
    @Order(3)
    void aLinkedAccountSignsInOnlyThroughKeycloakWhichRemovesItsSeedMembershipWithTheGroup() throws Exception {
        // editor (seed: WG 1 editor) is linked by name at its first token: same verified address as the seed's.
        String before = accessToken("editor");
        assertThat(api("/api/v1/drafts", before).statusCode()).isEqualTo(200);
        java.util.UUID editorId = SystemActor.call("test", () -> identity.findByUsername("editor")).orElseThrow().id();
        assertThat(wg1Roles(editorId)).contains(WorkingGroupRole.EDITOR);

        // Its local password no longer opens anything: the REST API says why, so does the sign-in page.
        HttpResponse<String> basic = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/drafts"))).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(("editor:" + PASSWORD).getBytes())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(basic.body()).contains("This account signs in with Keycloak");
        signIn("editor", PASSWORD);
        assertThat(page.locator("#sign-in-notice")).containsText("This account signs in with Keycloak");
        screenshot("sso-local-password-refused");

        String user = userId("editor");
        String editors = groupId("/wg/1/editors");
        try {
            Thread.sleep(1_100); // tokens carry their issue time in whole seconds
            assertThat(keycloak.admin("DELETE", "/users/" + user + "/groups/" + editors, null).statusCode()).isEqualTo(204);
            assertThat(api("/api/v1/drafts", accessToken("editor")).statusCode()).isEqualTo(200);
            assertThat(wg1Roles(editorId)).doesNotContain(WorkingGroupRole.EDITOR);
            // The older token is still valid: it is accepted, but does not write the removed group back.
            assertThat(api("/api/v1/drafts", before).statusCode()).isEqualTo(200);
            assertThat(wg1Roles(editorId)).doesNotContain(WorkingGroupRole.EDITOR);
        } finally {
            keycloak.admin("PUT", "/users/" + user + "/groups/" + editors, null);
            Thread.sleep(1_100);
            api("/api/v1/drafts", accessToken("editor"));
        }
        assertThat(wg1Roles(editorId)).contains(WorkingGroupRole.EDITOR);
    }

    private java.util.List<WorkingGroupRole> wg1Roles(java.util.UUID userId) {
        return SystemActor.call("test", () -> membership.workingGroupsOf(userId)).stream()
                .filter(g -> g.workingGroup().code().equals("WG 1")).map(org.accord.membership.MyWorkingGroup::role).toList();
    }

    @Test
    @Order(3)
    void parallelFirstRequestsOfANewKeycloakUserAllSucceed() throws Exception {
        assertThat(keycloak.admin("POST", "/users", """
                {"username": "zara", "email": "zara@example.org", "emailVerified": true, "enabled": true,
                 "firstName": "Zara", "lastName": "Haddad", "groups": ["/wg/1/delegates"],
                 "credentials": [{"type": "password", "value": "accord-demo", "temporary": false}]}""").statusCode()).isEqualTo(201);
        String token = accessToken("zara");
        java.util.List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(http.sendAsync(HttpRequest.newBuilder(URI.create(url("/api/v1/drafts"))).header("Authorization", "Bearer " + token)
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (var call : calls) {
            assertThat(call.get().statusCode()).isEqualTo(200);
        }
        assertThat(SystemActor.call("test", () -> identity.findByUsername("zara"))).isPresent();
    }

    @Test
    @Order(4)
    void aRealmRoleRemovedInKeycloakIsRefusedAtTheNextToken() throws Exception {
        String user = userId("secretariat");
        String role = keycloak.admin("GET", "/roles/secretariat", null).body();
        try {
            assertThat(keycloak.admin("DELETE", "/users/" + user + "/role-mappings/realm", "[" + role + "]").statusCode()).isEqualTo(204);
            assertThat(api("/api/v1/search/status", accessToken("secretariat")).statusCode()).isEqualTo(403);
        } finally {
            keycloak.admin("POST", "/users/" + user + "/role-mappings/realm", "[" + role + "]");
        }
    }

    @Test
    @Order(5)
    void aGroupRemovedInKeycloakEndsTheRoleInTheBrowserOnceTheTokenExpires() throws Exception {
        // Short tokens for this check only; the demo realm keeps Keycloak's five minutes.
        assertThat(keycloak.admin("PUT", "", "{\"accessTokenLifespan\": 4}").statusCode()).isEqualTo(204);
        String user = userId("amara");
        String editors = groupId("/wg/1/editors");
        try {
            signInWithKeycloak("amara");
            assertThat(page.locator("#my-working-groups")).containsText("Editor");
            assertThat(keycloak.admin("DELETE", "/users/" + user + "/groups/" + editors, null).statusCode()).isEqualTo(204);
            page.waitForTimeout(10_000); // past the token lifetime and the refresh margin
            page.reload();
            assertThat(page.locator("#my-working-groups")).containsText("not a member of any working group");
        } finally {
            keycloak.admin("PUT", "/users/" + user + "/groups/" + editors, null);
            keycloak.admin("PUT", "", "{\"accessTokenLifespan\": 300}");
        }
    }

    @Test
    @Order(6)
    void anAdministratorTurnsLocalPasswordsOffButKeepsTheirOwn() {
        SystemActor.run("test", () -> sso.setLocalLoginEnabled(false));
        try {
            localSignIn("delegate3"); // a local account, not in the realm
            assertThat(page.getByText(LoginView.FAILURE_MESSAGE)).isVisible();
            localSignIn("admin");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, ").setExact(false)))
                    .isVisible();
        } finally {
            SystemActor.run("test", () -> sso.setLocalLoginEnabled(true));
        }
    }

    /** The local form, folded away for administrators while local passwords are off. */
    private void localSignIn(String username) {
        page.navigate(url("/login"));
        page.getByText("Administrator sign-in (local account)").click();
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }

    @Test
    @Order(7)
    void whenKeycloakIsDownTheLoginPageSaysSoAndLocalAccountsStillWork() {
        keycloak.stop();
        page.navigate(url("/login"));
        Locator notice = page.locator("#sign-in-notice");
        for (int i = 0; i < 15 && !notice.isVisible(); i++) { // reachability is re-probed every 10 s
            page.waitForTimeout(1_000);
            page.reload();
        }
        assertThat(notice).containsText("Keycloak cannot be reached right now");
        screenshot("sso-unreachable");
        signInAs("delegate3"); // a local account; linked ones (editor) sign in only through Keycloak
        context.close();
        context = browser.newContext();
        page = context.newPage();
        signInAs("admin"); // break-glass
    }
}
