package org.accord.api;

import org.accord.AccordApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API over real HTTP: stateless Basic auth, per-working-group access, OpenAPI, health. */
@SpringBootTest(classes = AccordApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RestApiTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":accord-demo").getBytes(StandardCharsets.UTF_8));
            req.header("Authorization", "Basic " + token);
        }
        return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String path, String user) throws Exception {
        HttpResponse<String> r = get(path, user);
        assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private String draftId(String reference, String user) throws Exception {
        return StreamSupport.stream(json("/api/v1/drafts", user).spliterator(), false)
                .filter(d -> d.get("reference").asString().equals(reference))
                .findFirst().orElseThrow().get("id").asString();
    }

    @Test
    void withoutCredentialsTheApiAnswers401NotARedirect() throws Exception {
        HttpResponse<String> r = get("/api/v1/drafts", null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void listsWorkingGroups() throws Exception {
        JsonNode groups = json("/api/v1/working-groups", "delegate");
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).get("committeeTitle").asString()).isEqualTo("AI interoperability");
    }

    @Test
    void returnsTheOrderedClauseTreeWithDerivedNumbers() throws Exception {
        String id = draftId("ACC WD 42101", "delegate");
        JsonNode meta = json("/api/v1/drafts/" + id, "delegate");
        assertThat(meta.get("stageAbbreviation").asString()).isEqualTo("WD");

        JsonNode tree = json("/api/v1/drafts/" + id + "/clauses", "delegate");
        assertThat(tree.get(0).get("number").asString()).isEqualTo("1");
        assertThat(tree.get(0).get("title").asString()).isEqualTo("Scope");
        assertThat(tree.get(0).get("kind").asString()).isEqualTo("NORMATIVE");
        assertThat(tree.get(0).get("text").asString()).isNotBlank();
        assertThat(tree.get(2).get("kind").asString()).isEqualTo("TERMS");
        assertThat(tree.get(2).get("terms").size()).isGreaterThanOrEqualTo(8);
        assertThat(tree.get(3).get("children").get(0).get("number").asString()).isEqualTo("4.1");
    }

    @Test
    void aMemberOfAnotherWorkingGroupIsRefused() throws Exception {
        String id = draftId("ACC WD 42101", "delegate");
        assertThat(get("/api/v1/drafts/" + id + "/clauses", "delegate3").statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/drafts/" + id, "delegate3").statusCode()).isEqualTo(403);
        assertThat(json("/api/v1/drafts", "delegate3").toString()).doesNotContain("ACC WD 42101");
    }

    @Test
    void unknownDraftIs404WithAProblemDetail() throws Exception {
        HttpResponse<String> r = get("/api/v1/drafts/00000000-0000-0000-0000-000000000000", "secretariat");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("not found");
    }

    @Test
    void publishesOpenApi() throws Exception {
        JsonNode api = json("/v3/api-docs", null);
        assertThat(api.get("paths").has("/api/v1/drafts/{id}/clauses")).isTrue();
        assertThat(api.get("paths").has("/api/v1/working-groups")).isTrue();
    }

    @Test
    void healthIncludesTheDatabase() throws Exception {
        JsonNode health = json("/actuator/health", null);
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").has("db")).isTrue();
    }
}
