package org.accord.ui;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.zaxxer.hikari.HikariDataSource;
import org.accord.balloting.BallotService;
import org.accord.balloting.BallotSummary;
import org.accord.balloting.NewBallot;
import org.accord.balloting.tally.RuleSpec;
import org.accord.drafting.DraftingService;
import org.accord.membership.MembershipService;
import org.accord.shared.security.SystemActor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app nodes on one PostgreSQL: node A is this test's Spring context, node B a second JVM on the same classpath
 * pointed at A's embedded database. A browser on B sees a comment filed, a clause revised and a vote cast on A without
 * reloading.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodeTest extends BrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions().setTimeout(15_000);

    @Autowired DataSource dataSource;
    @Autowired BallotService ballots;
    @Autowired MembershipService membership;
    @Autowired DraftingService drafting;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process nodeB;
    private Thread killNodeB;
    private Path nodeBLog;
    private Path nodeBDataDir;
    private int portB;

    @BeforeAll
    void startSecondNode() throws Exception {
        nodeBDataDir = Files.createTempDirectory("accord-node-b");
        portB = freePort();
        launchNodeB();
    }

    private void launchNodeB() throws Exception {
        String jdbcUrl = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
        Path dataDir = nodeBDataDir;
        nodeBLog = dataDir.resolve("node-b.log");
        List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.accord.AccordApplication", "--server.port=" + portB, "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres", "--accord.data-dir=" + dataDir, "--accord.seed.enabled=false"));
        nodeB = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(nodeBLog.toFile()).start();
        // Also when the test JVM is stopped or crashes out of the test: never leave node B running.
        killNodeB = new Thread(nodeB::destroyForcibly, "kill-node-b");
        Runtime.getRuntime().addShutdownHook(killNodeB);
        try {
            awaitHealthy(portB, Duration.ofSeconds(120));
        } catch (Exception e) {
            stopSecondNode();
            throw e;
        }
    }

    @AfterAll
    void stopSecondNode() throws Exception {
        if (nodeB != null) {
            nodeB.destroy();
            if (!nodeB.waitFor(30, TimeUnit.SECONDS)) {
                nodeB.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            nodeB = null;
        }
        if (killNodeB != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(killNodeB);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
            killNodeB = null;
        }
    }

    @Test
    void aCommentAndARevisionOnNodeAAppearLiveInABrowserOnNodeB() throws Exception {
        // A fresh draft on node A, frozen and open for comments.
        String wg = get("/api/v1/working-groups", "secretariat").valueStream()
                .filter(g -> g.get("code").asString().equals("WG 1")).findFirst().orElseThrow().get("id").asString();
        String draft = send("POST", "/api/v1/drafts/import?workingGroupId=" + wg, "secretariat", "text/markdown", """
                # Two-node live updates
                Reference: ACC TWO NODE
                Language: en

                ## 1 Scope
                This document tests live updates across two nodes of one database.

                ## 2 Requirements
                The provider shall keep records of each decision.
                """, 201).get("id").asString();
        send("POST", "/api/v1/drafts/" + draft + "/versions", "convenor", "application/json", "{\"label\":\"CD 1\"}", 201);
        send("POST", "/api/v1/drafts/" + draft + "/comment-periods", "secretariat", "application/json",
                "{\"version\":\"CD 1\",\"deadline\":\"" + Instant.now().plus(Duration.ofDays(7)) + "\",\"allowLate\":false}", 201);
        JsonNode clauses = get("/api/v1/drafts/" + draft + "/clauses", "editor");
        JsonNode scope = clauses.get(0);
        JsonNode requirements = clauses.get(1);

        // A delegate reads the draft and its comment table on node B.
        String b = "http://localhost:" + portB;
        signInOn(page, b, "delegate");
        page.navigate(b + "/drafts/" + draft);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("2 Requirements"))).isVisible();
        assertThat(page.locator("[data-comments='" + scope.get("id").asString() + "']")).hasCount(0);
        Page table = context.newPage();
        table.navigate(b + "/drafts/" + draft + "/comments");
        assertThat(table.locator("#comment-total")).hasText("0 comments");

        // A comment filed on node A: the count beside the clause and the comment table follow on node B.
        fileComment(draft, scope, "delegate2", "records");
        assertThat(page.locator("[data-comments='" + scope.get("id").asString() + "']")).hasText("Comments (1)",
                new LocatorAssertions.HasTextOptions().setTimeout(15_000));
        assertThat(table.locator("#comment-total")).hasText("1 comment", new LocatorAssertions.HasTextOptions().setTimeout(15_000));
        assertThat(table.getByText("Live from node A").first()).isVisible(SOON);

        // A revision saved on node A shows on node B.
        send("POST", "/api/v1/drafts/" + draft + "/clauses/" + requirements.get("id").asString() + "/revisions", "editor",
                "application/json", JSON.writeValueAsString(Map.of("baseRevision", requirements.get("revision").asInt(),
                        "body", "The provider shall keep signed records of each decision.", "message", "from node A")), 201);
        assertThat(page.getByText("keep signed records")).isVisible(SOON);
        screenshot("two-node-live-update");
    }

    @Test
    void aVoteCastOnNodeAMovesTheTurnoutOfABallotPageOpenOnNodeB() throws Exception {
        BallotSummary ballot = SystemActor.call("test", () -> {
            UUID wg = membership.workingGroups().stream().filter(w -> w.code().equals("WG 1")).findFirst().orElseThrow().id();
            UUID draft = drafting.drafts().stream().filter(d -> d.reference().equals("ACC WD 42101")).findFirst().orElseThrow().id();
            return ballots.open(new NewBallot(wg, draft, "WD 1", null, "Two-node ballot " + UUID.randomUUID().toString().substring(0, 6),
                    RuleSpec.Preset.ISO_DIS, null, null, null, null, false, null, Instant.now().plus(Duration.ofDays(7))));
        });
        String b = "http://localhost:" + portB;
        signInOn(page, b, "delegate");
        page.navigate(b + "/ballots/" + ballot.workingGroupId() + "/" + ballot.id());
        assertThat(page.locator("#ballot-turnout")).containsText("0 of " + ballot.voters());

        send("POST", "/api/v1/ballots/" + ballot.id() + "/votes", "editor", "application/json", "{\"position\":\"APPROVE\"}", 201);
        long voted = System.nanoTime();
        assertThat(page.locator("#ballot-turnout")).containsText("1 of " + ballot.voters(),
                new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        System.out.printf("Vote on node A shown on node B after %d ms%n", (System.nanoTime() - voted) / 1_000_000);
        screenshot("two-node-live-vote");
    }

    @Test
    void aNodeKilledRightAfterAnswersLosesNothingAndItsUsersSignInAgain() throws Exception {
        BallotSummary ballot = SystemActor.call("test", () -> {
            UUID wg = membership.workingGroups().stream().filter(w -> w.code().equals("WG 1")).findFirst().orElseThrow().id();
            UUID draft = drafting.drafts().stream().filter(d -> d.reference().equals("ACC WD 42101")).findFirst().orElseThrow().id();
            return ballots.open(new NewBallot(wg, draft, "WD 1", null, "Restart ballot " + UUID.randomUUID().toString().substring(0, 6),
                    RuleSpec.Preset.ISO_DIS, null, null, null, null, false, null, Instant.now().plus(Duration.ofDays(7))));
        });
        String b = "http://localhost:" + portB;
        signInOn(page, b, "delegate");
        String ballotPage = b + "/ballots/" + ballot.workingGroupId() + "/" + ballot.id();
        page.navigate(ballotPage);
        assertThat(page.locator("#ballot-turnout")).containsText("0 of " + ballot.voters());

        // A vote answered by node B, then node B killed at once (no graceful shutdown) and started again.
        JsonNode receipt = sendTo(b, "POST", "/api/v1/ballots/" + ballot.id() + "/votes", "editor", "application/json",
                "{\"position\":\"APPROVE\"}", 201);
        nodeB.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long restart = System.nanoTime();
        launchNodeB();
        System.out.printf("Node B restarted (kill -9, start, healthy) in %d ms%n", (System.nanoTime() - restart) / 1_000_000);

        // The vote is there, on both nodes; the browser's session was node B's, so it signs in again and sees it.
        assertThat(sendTo(b, "GET", "/api/v1/ballots/" + ballot.id(), "secretariat", null, null, 200).get("votersWhoVoted").asLong())
                .isEqualTo(1);
        assertThat(get("/api/v1/ballots/" + ballot.id() + "/receipts/check?position=" + receipt.get("position").asLong()
                + "&hash=" + receipt.get("entryHash").asString(), "editor").get("inLog").asBoolean()).isTrue();
        page.navigate(ballotPage);
        page.waitForURL(java.util.regex.Pattern.compile(".*/login.*"));
        // Signing in again leads back to the ballot page asked for.
        page.getByLabel("Username").fill("delegate");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.locator("#ballot-turnout")).containsText("1 of " + ballot.voters(),
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
    }

    private void fileComment(String draft, JsonNode clause, String user, String quote) throws Exception {
        String text = clause.get("text").asString();
        send("POST", "/api/v1/drafts/" + draft + "/comments", user, "application/json", JSON.writeValueAsString(Map.of(
                "clauseId", clause.get("id").asString(), "type", "TE", "justification", "Live from node A",
                "proposedChange", "say which records", "quote", text.contains(quote) ? quote : text.substring(0, 10),
                "submit", true)), 201);
    }

    static void signInOn(Page page, String base, String user) {
        page.navigate(base + "/login");
        page.getByLabel("Username").fill(user);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, ").setExact(false))).isVisible();
    }

    // ---- node A's REST API (HTTP Basic) ----

    private JsonNode get(String path, String user) throws Exception {
        return send("GET", path, user, null, null, 200);
    }

    private JsonNode send(String method, String path, String user, String contentType, String body, int expected) throws Exception {
        return sendTo(url(""), method, path, user, contentType, body, expected);
    }

    private JsonNode sendTo(String base, String method, String path, String user, String contentType, String body, int expected) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        r.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        HttpResponse<String> response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }

    // ---- node B ----

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private void awaitHealthy(int port, Duration timeout) throws Exception {
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!nodeB.isAlive()) {
                throw new IllegalStateException("Node B exited with " + nodeB.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<String> r = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Node B not healthy within " + timeout + ":\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(nodeBLog);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
