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

    private HttpResponse<String> send(String method, String path, String user, String contentType, String body) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":accord-demo").getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
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
        // other test classes add working groups of their own committees; the seed's committee has two
        var seeded = new java.util.ArrayList<JsonNode>();
        groups.forEach(g -> { if (g.get("committeeReference").asString().equals("TC 1")) seeded.add(g); });
        assertThat(seeded).hasSize(2);
        assertThat(seeded.get(0).get("committeeTitle").asString()).isEqualTo("AI interoperability");
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
    void problemDetailsFollowTheRequestsAcceptLanguage() throws Exception {
        String unknown = "http://localhost:" + port + "/api/v1/drafts/00000000-0000-0000-0000-000000000000";
        String token = "Basic " + Base64.getEncoder().encodeToString("secretariat:accord-demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> french = http.send(HttpRequest.newBuilder(URI.create(unknown)).header("Authorization", token)
                .header("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.5").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(french.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(french.body()).get("detail").asString())
                .isEqualTo("Projet 00000000-0000-0000-0000-000000000000 introuvable");
        HttpResponse<String> german = http.send(HttpRequest.newBuilder(URI.create(unknown)).header("Authorization", token)
                .header("Accept-Language", "de").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(german.body()).get("detail").asString())
                .isEqualTo("Draft 00000000-0000-0000-0000-000000000000 not found");

        String draft = draftId("ACC WD 42102", "convenor2");
        String userToken = "Basic " + Base64.getEncoder().encodeToString("convenor2:accord-demo".getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder badLabel = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/drafts/" + draft + "/versions"))
                .header("Authorization", userToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"current\"}"));
        HttpResponse<String> english = http.send(badLabel.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(english.body()).get("detail").asString()).startsWith("A version label is 1–40 characters");
        HttpResponse<String> spanish = http.send(badLabel.header("Accept-Language", "es").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(spanish.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(spanish.body()).get("detail").asString()).startsWith("Una etiqueta de versión tiene de 1 a 40 caracteres");
    }

    @Test
    void publishesOpenApi() throws Exception {
        JsonNode api = json("/v3/api-docs", null);
        assertThat(api.get("paths").has("/api/v1/drafts/{id}/clauses")).isTrue();
        assertThat(api.get("paths").has("/api/v1/working-groups")).isTrue();
    }

    @Test
    void servesSwaggerUi() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/swagger-ui/index.html")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).containsIgnoringCase("swagger");
    }

    @Test
    void healthIncludesTheDatabase() throws Exception {
        JsonNode health = json("/actuator/health", null);
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").has("db")).isTrue();
    }

    @Test
    void revisionsMergeOrReturn409WithTheCurrentText() throws Exception {
        String draft = draftId("ACC WD 42101", "editor");
        JsonNode clause = json("/api/v1/drafts/" + draft + "/clauses", "editor").get(8).get("children").get(0);
        assertThat(clause.get("number").asString()).isEqualTo("9.1");
        String path = "/api/v1/drafts/" + draft + "/clauses/" + clause.get("id").asString() + "/revisions";
        int base = clause.get("revision").asInt();
        String text = clause.get("text").asString();

        HttpResponse<String> first = send("POST", path, "editor", "application/json", JSON.writeValueAsString(
                java.util.Map.of("baseRevision", base, "body", "API-START " + text, "message", "from the API")));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(JSON.readTree(first.body()).get("outcome").asString()).isEqualTo("saved");

        HttpResponse<String> merged = send("POST", path, "convenor", "application/json", JSON.writeValueAsString(
                java.util.Map.of("baseRevision", base, "body", text + " API-END", "message", "other end")));
        assertThat(merged.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(merged.body()).get("merged").asBoolean()).isTrue();

        HttpResponse<String> conflict = send("POST", path, "convenor", "application/json", JSON.writeValueAsString(
                java.util.Map.of("baseRevision", base, "body", "API-CLASH " + text, "message", "clash")));
        assertThat(conflict.statusCode()).isEqualTo(409);
        JsonNode c = JSON.readTree(conflict.body());
        assertThat(c.get("outcome").asString()).isEqualTo("conflict");
        assertThat(c.get("currentBody").asString()).contains("API-START", "API-END");

        JsonNode history = json(path, "delegate");
        assertThat(history.get(0).get("message").asString()).contains("other end");
        assertThat(send("POST", path, "delegate", "application/json", "{\"baseRevision\":1,\"body\":\"x\"}").statusCode())
                .isEqualTo(403);
        assertThat(send("POST", path, "editor", "application/json", "{\"baseRevision\":999,\"body\":\"x\"}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void versionsAreFrozenListedAndCompared() throws Exception {
        String draft = draftId("ACC WD 42102", "convenor2");
        HttpResponse<String> frozen = send("POST", "/api/v1/drafts/" + draft + "/versions", "convenor2", "application/json",
                "{\"label\":\"WD 1\",\"note\":\"first\"}");
        assertThat(frozen.statusCode()).as(frozen.body()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/drafts/" + draft + "/versions", "convenor2", "application/json",
                "{\"label\":\"WD 1\"}").statusCode()).isEqualTo(400);
        JsonNode list = json("/api/v1/drafts/" + draft + "/versions", "delegate3");
        assertThat(list.get(0).get("label").asString()).isEqualTo("WD 1");

        HttpResponse<String> added = send("POST", "/api/v1/drafts/" + draft + "/clauses", "convenor2", "application/json",
                "{\"kind\":\"NORMATIVE\",\"title\":\"Added by API\",\"body\":\"New text.\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode diff = json("/api/v1/drafts/" + draft + "/compare?from=WD%201&to=current", "delegate3");
        assertThat(diff.get("added").asInt()).isEqualTo(1);
        assertThat(diff.toString()).contains("Added by API");
        assertThat(json("/api/v1/drafts/" + draft + "/clauses?version=WD%201", "delegate3").toString()).doesNotContain("Added by API");
    }

    @Test
    void importsMarkdownAndExportsItBack() throws Exception {
        String wg = json("/api/v1/working-groups", "secretariat").get(1).get("id").asString();
        String markdown = """
                # Imported through the API
                Reference: API 1
                Language: en

                ## 1 Scope
                Imported text with <script>alert(1)</script> kept as typed.
                """;
        HttpResponse<String> created = send("POST", "/api/v1/drafts/import?workingGroupId=" + wg, "secretariat",
                "text/markdown", markdown);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asString();
        HttpResponse<String> export = get("/api/v1/drafts/" + id + "/export.md", "secretariat");
        assertThat(export.body()).contains("## 1 Scope", "<script>alert(1)</script>");

        HttpResponse<String> bad = send("POST", "/api/v1/drafts/import?workingGroupId=" + wg + "&reference=API%202",
                "secretariat", "application/xml", "<standard><body><sec><p>no title</p></sec></body></standard>");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("line").contains("Nothing was imported");
        assertThat(json("/api/v1/drafts", "secretariat").toString()).doesNotContain("API 2");
    }

    @Test
    void commentsAreFiledResolvedAppliedAndExported() throws Exception {
        String draft = draftId("ACC WD 42102", "convenor2");
        assertThat(send("POST", "/api/v1/drafts/" + draft + "/versions", "convenor2", "application/json",
                "{\"label\":\"CD 7\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> period = send("POST", "/api/v1/drafts/" + draft + "/comment-periods", "secretariat", "application/json",
                "{\"version\":\"CD 7\",\"deadline\":\"" + java.time.Instant.now().plusSeconds(86400) + "\",\"allowLate\":false}");
        assertThat(period.statusCode()).as(period.body()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/drafts/" + draft + "/comment-periods", "delegate3", "application/json",
                "{\"version\":\"CD 7\",\"deadline\":\"2099-01-01T00:00:00Z\"}").statusCode()).isEqualTo(403);

        JsonNode clause = json("/api/v1/drafts/" + draft + "/clauses", "delegate3").get(0);
        String text = clause.get("text").asString();
        String quote = text.substring(0, text.indexOf(' ', 20));
        HttpResponse<String> filed = send("POST", "/api/v1/drafts/" + draft + "/comments", "delegate3", "application/json",
                JSON.writeValueAsString(java.util.Map.of("clauseId", clause.get("id").asString(), "type", "TE",
                        "justification", "Be precise.", "proposedChange", "REPLACED-BY-API", "quote", quote, "submit", true)));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode comment = JSON.readTree(filed.body());
        String id = comment.get("id").asString();
        assertThat(comment.get("commentId").asString()).endsWith("-001");

        assertThat(send("PATCH", "/api/v1/comments/" + id, "delegate3", "application/json",
                "{\"resolution\":\"ACCEPTED\"}").statusCode()).isEqualTo(403);
        assertThat(send("PATCH", "/api/v1/comments/" + id, "editor2", "application/json",
                "{\"resolution\":\"ACCEPTED\",\"observation\":\"Agreed\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> applied = send("POST", "/api/v1/comments/" + id + "/apply", "editor2", "application/json", "");
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        assertThat(JSON.readTree(applied.body()).get("outcome").asString()).isEqualTo("applied");
        assertThat(json("/api/v1/drafts/" + draft + "/clauses", "delegate3").get(0).get("text").asString()).startsWith("REPLACED-BY-API");

        HttpResponse<String> list = get("/api/v1/drafts/" + draft + "/comments?type=te", "delegate5");
        assertThat(list.headers().firstValue("X-Total-Count")).hasValue("1");
        assertThat(get("/api/v1/drafts/" + draft + "/comments?type=xx", "delegate5").statusCode()).isEqualTo(400);
        HttpResponse<byte[]> xlsx = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/drafts/" + draft + "/comments.xlsx"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("delegate5:accord-demo".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()[0]).isEqualTo((byte) 'P');
        assertThat(get("/api/v1/drafts/" + draft + "/comments.csv", "delegate5").body()).contains(comment.get("commentId").asString(), "Accepted. Agreed");
        assertThat(get("/api/v1/drafts/" + draft + "/comments", "delegate").statusCode()).as("not a WG 2 member").isEqualTo(403);
    }

    @Test
    void seatPlanRosterAndAllocationsOverRest() throws Exception {
        String wg = StreamSupport.stream(json("/api/v1/working-groups", "delegate").spliterator(), false)
                .filter(w -> w.get("code").asString().equals("WG 1")).findFirst().orElseThrow().get("id").asString();
        String base = "/api/v1/working-groups/" + wg;

        JsonNode plan = json(base + "/seat-plan", "delegate");
        assertThat(plan.get("seats").asInt()).isEqualTo(8);
        assertThat(plan.get("countingRule").asString()).isEqualTo("COUNT_TOWARD_ALL");
        assertThat(plan.get("quotas").toString()).contains("group:SME", "country:*");
        JsonNode roster = json(base + "/roster", "delegate");
        assertThat(roster.get("holders").size()).isEqualTo(8);
        assertThat(roster.get("compliant").asBoolean()).isTrue();
        assertThat(json(base + "/seat-plan/attributes", "delegate").has("global-majority")).isTrue();

        String bad = "{\"seats\":8,\"countingRule\":\"ONE_TO_ONE\",\"quotas\":[{\"attribute\":\"group:SME\",\"min\":-2},"
                + "{\"attribute\":\"country:XX\",\"max\":1}]}";
        assertThat(send("PUT", base + "/seat-plan", "delegate", "application/json", bad).statusCode()).isEqualTo(403);
        HttpResponse<String> rejected = send("PUT", base + "/seat-plan", "secretariat", "application/json", bad);
        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(rejected.body()).get("errors").toString()).contains("negative", "'XX'");
        assertThat(json(base + "/seat-plan", "delegate").get("version").asLong()).isEqualTo(plan.get("version").asLong());

        HttpResponse<String> notANumber = send("PUT", base + "/seat-plan", "secretariat", "application/json",
                "{\"seats\":8,\"countingRule\":\"ONE_TO_ONE\",\"quotas\":[{\"attribute\":\"group:SME\",\"min\":\"three\"}]}");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.body()).contains("quotas[0].min");

        // other tests may have added applications: rank everyone in the order shown (ranked first)
        StringBuilder ids = new StringBuilder("[");
        for (JsonNode a : json(base + "/applications", "secretariat")) {
            ids.append(ids.length() > 1 ? "," : "").append('"').append(a.get("id").asString()).append('"');
        }
        assertThat(send("PUT", base + "/applications/ranking", "secretariat", "application/json", ids + "]").statusCode())
                .isEqualTo(204);

        HttpResponse<String> proposal = send("POST", base + "/allocations", "secretariat", "application/json",
                "{\"mode\":\"MERIT\"}");
        assertThat(proposal.statusCode()).as(proposal.body()).isEqualTo(201);
        JsonNode p = JSON.readTree(proposal.body());
        assertThat(p.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(p.get("seats").size()).isEqualTo(8);
        assertThat(p.get("seats").get(0).get("reason").asString()).contains("rank");
        assertThat(json(base + "/roster", "delegate").get("confirmedAllocation").asInt())
                .as("a proposal never replaces the confirmed roster").isEqualTo(1);
        HttpResponse<String> lottery = send("POST", base + "/allocations", "secretariat", "application/json",
                "{\"mode\":\"LOTTERY_LEXIMIN\",\"seed\":7}");
        assertThat(lottery.statusCode()).isEqualTo(400);
        assertThat(lottery.body()).contains("Publish a lottery seed");

        HttpResponse<String> badImport = send("POST", base + "/applications/import", "secretariat", "text/csv",
                "username,organisation,country,groups,rank,statement\nobserver,,QQ,SME,1,Hello\n");
        assertThat(badImport.statusCode()).isEqualTo(400);
        assertThat(badImport.body()).contains("Line 2", "'QQ'");
    }

    @Test
    void ballotRoundOverRest() throws Exception {
        String wg = StreamSupport.stream(json("/api/v1/working-groups", "delegate").spliterator(), false)
                .filter(w -> w.get("code").asString().equals("WG 1")).findFirst().orElseThrow().get("id").asString();
        String closes = java.time.Instant.now().plus(java.time.Duration.ofDays(1)).toString();
        HttpResponse<String> bad = send("POST", "/api/v1/ballots", "secretariat", "application/json",
                "{\"workingGroupId\":\"" + wg + "\",\"motion\":\"M\",\"title\":\"T\",\"preset\":\"CEN\","
                        + "\"weights\":{\"" + java.util.UUID.randomUUID() + "\":-1},\"closesAt\":\"" + closes + "\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("zero or more");
        HttpResponse<String> opened = send("POST", "/api/v1/ballots", "secretariat", "application/json",
                "{\"workingGroupId\":\"" + wg + "\",\"motion\":\"Adopt the work plan\",\"title\":\"REST motion\","
                        + "\"preset\":\"ISO_CD\",\"closesAt\":\"" + closes + "\"}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String ballot = JSON.readTree(opened.body()).get("id").asString();
        String base = "/api/v1/ballots/" + ballot;

        HttpResponse<String> vote = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + base + "/votes"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("editor:accord-demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Idempotency-Key", "once")
                .POST(HttpRequest.BodyPublishers.ofString("{\"position\":\"APPROVE\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(vote.statusCode()).as(vote.body()).isEqualTo(201);
        assertThat(JSON.readTree(vote.body()).get("entryHash").asString()).hasSize(64);
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + base + "/votes"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("editor:accord-demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Idempotency-Key", "once")
                .POST(HttpRequest.BodyPublishers.ofString("{\"position\":\"DISAPPROVE\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("already recorded");
        HttpResponse<String> outsider = send("POST", base + "/votes", "delegate", "application/json", "{\"position\":\"APPROVE\"}");
        assertThat(outsider.statusCode()).isEqualTo(400);
        assertThat(outsider.body()).contains("not on the voter list");
        assertThat(get(base + "/result", "delegate").statusCode()).isEqualTo(400);

        HttpResponse<String> closed = send("POST", base + "/close", "secretariat", "application/json", "{}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(json(base + "/result", "delegate").get("outcome").asString()).isEqualTo("PASSED");
        JsonNode export = json(base + "/export", "delegate");
        assertThat(export.get("entries").size()).isEqualTo(1);
        assertThat(export.get("tally").get("outcome").asString()).isEqualTo("PASSED");
    }

    @Test
    void crosswalkOverRest() throws Exception {
        String id = draftId("ACC WD 42101", "editor");
        JsonNode instruments = json("/api/v1/instruments", "delegate");
        JsonNode eu = StreamSupport.stream(instruments.spliterator(), false)
                .filter(i -> i.get("code").asString().equals("EU-AIA")).findFirst().orElseThrow();
        assertThat(eu.get("eli").asString()).isEqualTo("http://data.europa.eu/eli/reg/2024/1689/oj");
        assertThat(eu.get("bindingNature").asString()).isEqualTo("BINDING_LAW");
        JsonNode provisions = json("/api/v1/instruments/" + eu.get("id").asString() + "/provisions", "delegate");
        assertThat(provisions.get(0).get("number").asString()).isEqualTo("Art. 9");
        assertThat(provisions.get(1).get("depth").asInt()).isEqualTo(1);

        // an editor maps by clause number and provision reference, in OSCAL's spellings
        HttpResponse<String> created = send("POST", "/api/v1/drafts/" + id + "/mappings", "editor", "application/json",
                "{\"clause\":\"5.3\",\"instrument\":\"EU-AIA\",\"provision\":\"Art. 12\",\"relationship\":\"superset-of\","
                        + "\"rationale\":\"functional\",\"strength\":6,\"explanation\":\"Scope covers logging\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String mappingId = JSON.readTree(created.body()).get("mapping").get("id").asString();
        try {
            JsonNode mine = json("/api/v1/drafts/" + id + "/mappings", "delegate");
            assertThat(mine.toString()).contains("SUPERSET_OF").contains("Scope covers logging");
            assertThat(json("/api/v1/drafts/" + id + "/gaps?jurisdiction=EU", "delegate").get("unmapped").toString())
                    .doesNotContain("\"5.3\"");
            HttpResponse<String> oscal = get("/api/v1/drafts/" + id + "/crosswalk.oscal.json", "delegate");
            assertThat(oscal.statusCode()).isEqualTo(200);
            assertThat(oscal.body()).contains("\"superset-of\"").contains("\"oscal-version\" : \"1.2.0\"");
            assertThat(get("/api/v1/drafts/" + id + "/crosswalk.olir.csv", "delegate").body()).contains("superset of");
            assertThat(json("/api/v1/drafts/" + id + "/comparison?left=EU&right=US-CO", "delegate").get("rows").size()).isPositive();
            assertThat(json("/api/v1/drafts/" + id + "/deviations", "delegate").toString()).contains("9(5)");

            // bad input: a delegate may not map; nonsense relationship; OSCAL failing the schema; XXE
            assertThat(send("POST", "/api/v1/drafts/" + id + "/mappings", "delegate", "application/json",
                    "{\"clause\":\"5.3\",\"instrument\":\"EU-AIA\",\"provision\":\"Art. 10\",\"relationship\":\"equal\",\"rationale\":\"syntactic\"}")
                    .statusCode()).isEqualTo(403);
            HttpResponse<String> bad = send("POST", "/api/v1/drafts/" + id + "/mappings", "editor", "application/json",
                    "{\"clause\":\"5.3\",\"instrument\":\"EU-AIA\",\"provision\":\"Art. 10\",\"relationship\":\"kinda\",\"rationale\":\"semantic\"}");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("Unknown relationship 'kinda'");
            HttpResponse<String> schema = send("POST", "/api/v1/drafts/" + id + "/crosswalk.oscal.json", "editor",
                    "application/json", "{\"mapping-collection\":{\"uuid\":\"nope\"}}");
            assertThat(schema.statusCode()).isEqualTo(400);
            assertThat(schema.body()).contains("not a valid OSCAL mapping collection").contains("errors");
            HttpResponse<String> xxe = send("POST", "/api/v1/instruments/" + eu.get("id").asString() + "/provisions/akoma-ntoso",
                    "secretariat", "application/xml", "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>");
            assertThat(xxe.statusCode()).isEqualTo(400);
            assertThat(xxe.body()).contains("DOCTYPE").doesNotContain("root:");
        } finally {
            assertThat(send("DELETE", "/api/v1/drafts/" + id + "/mappings/" + mappingId, "editor", "application/json", "")
                    .statusCode()).isEqualTo(204);
        }
    }

    /** Publishes WD 1 of the demo draft by override unless an earlier test did, and waits for its files. */
    private String ensurePublished() throws Exception {
        String draft = draftId("ACC WD 42101", "secretariat");
        HttpResponse<String> r = send("POST", "/api/v1/drafts/" + draft + "/publications", "secretariat", "application/json",
                "{\"versionLabel\":\"WD 1\",\"overrideRationale\":\"Demonstration edition for the API test.\"}");
        assertThat(r.statusCode()).as(r.body()).isIn(202, 400);
        for (int i = 0; i < 120; i++) {
            for (JsonNode p : json("/api/v1/publishing", "secretariat")) {
                if (p.get("draftId").asString().equals(draft) && p.get("versionLabel").asString().equals("WD 1")
                        && p.get("status").asString().equals("published")) {
                    return p.get("id").asString();
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("publication not generated within a minute");
    }

    @Test
    void publicationsArePublicReadOnlyAndCacheable() throws Exception {
        String id = ensurePublished();
        JsonNode list = json("/api/v1/publications", null);
        assertThat(list.toString()).contains("urn:accord:std:acc-wd-42101:ed-1:en");
        JsonNode detail = json("/api/v1/publications/" + id, null);
        assertThat(detail.get("formats").toString()).contains("\"sts\"").contains("\"pdf\"");
        assertThat(json("/api/v1/publications/" + id + "/clauses", null).get(0).get("number").asString()).isEqualTo("1");

        HttpResponse<String> sts = get("/api/v1/publications/" + id + "/formats/sts", null);
        assertThat(sts.statusCode()).isEqualTo(200);
        assertThat(sts.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        String etag = sts.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/publications/" + id + "/formats/sts")).header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(get("/api/v1/publications/" + id + "/crosswalk.oscal.json", null).body()).contains("mapping-collection");

        // unknown publications and formats: 404 problem JSON; traversal and other methods refused
        HttpResponse<String> unknown = get("/api/v1/publications/" + java.util.UUID.randomUUID(), null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        HttpResponse<String> format = get("/api/v1/publications/" + id + "/formats/exe", null);
        assertThat(format.statusCode()).isEqualTo(404);
        assertThat(format.body()).contains("Format");
        assertThat(get("/api/v1/publications/" + id + "/formats/..%2F..%2Fetc%2Fpasswd", null).statusCode()).isIn(400, 404);
        assertThat(get("/api/v1/publications/" + id + "/formats/%2e%2e", null).statusCode()).isIn(400, 404);
        assertThat(get("/api/v1/publications/not-a-uuid", null).statusCode()).isEqualTo(400);
        assertThat(send("DELETE", "/api/v1/publications/" + id, "secretariat", "application/json", "").statusCode()).isEqualTo(403);

        // the reading room and the feed need no sign-in
        HttpResponse<String> page = get("/standards/" + id, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Cite this").doesNotContain("<script");
        assertThat(get("/standards?q=%3Cscript%3Ealert(1)%3C/script%3E", null).body()).doesNotContain("<script>alert");
        HttpResponse<String> feed = get("/feeds/publications.atom", null);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"").contains("urn:accord:std:acc-wd-42101:ed-1:en")
                .contains("Consultation: ACC WD 42101 WD 1");
        assertThat(get("/standards/" + java.util.UUID.randomUUID(), null).statusCode()).isEqualTo(404);
    }

    @Test
    void searchOverRest() throws Exception {
        JsonNode r = null;
        for (int i = 0; i < 60; i++) {
            r = json("/api/v1/search?q=transparency&kind=clause", "delegate");
            if (r.get("total").asLong() > 0) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(r.get("total").asLong()).isPositive();
        assertThat(r.get("hits").get(0).get("kind").asString()).isEqualTo("CLAUSE");
        assertThat(r.get("facets").toString()).contains("CLAUSE");
        // bad syntax is read as plain words, with a notice saying so
        JsonNode unbalanced = json("/api/v1/search?q=%22unbalanced+transparency", "delegate");
        assertThat(unbalanced.get("total").asLong()).isPositive();
        assertThat(unbalanced.get("notices").toString()).contains("Your query was read as plain words.");
        JsonNode star = json("/api/v1/search?q=*", "delegate");
        assertThat(star.get("total").asLong()).as("a lone * is not everything").isZero();
        assertThat(star.get("notices").toString()).contains("Your query has no words to search for.");
        // a pasted 10 kB query: its start is searched and the reader told (the header limit is raised for it)
        HttpResponse<String> tenKb = get("/api/v1/search?q=" + "transparency+".repeat(800), "delegate");
        assertThat(tenKb.statusCode()).as(tenKb.body()).isEqualTo(200);
        JsonNode big = JSON.readTree(tenKb.body());
        assertThat(big.get("total").asLong()).isPositive();
        assertThat(big.get("notices").toString()).contains("Only the first 500 characters of your query were used.");
        assertThat(get("/api/v1/search?q=transparency", null).statusCode()).isEqualTo(401);
        assertThat(json("/api/v1/search/status", "secretariat").get("health").get("up").asBoolean()).isTrue();
    }

    @Test
    void theAuditLogOfADraftOverRestWithHashesAnOutsiderCanRecompute() throws Exception {
        String draft = draftId("ACC WD 42101", "editor");
        JsonNode clause = json("/api/v1/drafts/" + draft + "/clauses", "editor").get(1);
        HttpResponse<String> saved = send("POST", "/api/v1/drafts/" + draft + "/clauses/" + clause.get("id").asString()
                + "/revisions", "editor", "application/json", JSON.writeValueAsString(java.util.Map.of(
                "baseRevision", clause.get("revision").asInt(), "body", clause.get("text").asString() + " (audited)",
                "message", "audit over REST")));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);

        String path = "/api/v1/drafts/" + draft + "/audit?kind=CLAUSE_REVISED&actor=editor&limit=5";
        HttpResponse<String> page = get(path, "convenor");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(Long.parseLong(page.headers().firstValue("X-Total-Count").orElseThrow())).isPositive();
        org.accord.audit.AuditRecord newest = JSON.readValue(JSON.readTree(page.body()).get(0).toString(),
                org.accord.audit.AuditRecord.class);
        assertThat(newest.actorName()).isEqualTo("editor");
        assertThat(newest.after()).containsEntry("message", "audit over REST");
        assertThat(org.accord.audit.AuditHashing.hashOf(newest)).as("the hash follows from the exported row")
                .isEqualTo(newest.entryHash());

        HttpResponse<String> csv = get("/api/v1/drafts/" + draft + "/audit.csv?kind=CLAUSE_REVISED", "editor");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("seq,occurred_at_utc,actor,").contains(newest.entryHash());

        assertThat(get(path, "delegate").statusCode()).as("delegates do not read the audit log").isEqualTo(403);
        assertThat(get("/api/v1/drafts/" + draft + "/audit.csv", "observer").statusCode()).isEqualTo(403);
        assertThat(get(path, null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/drafts/" + draft + "/audit?kind=NOT_A_KIND", "convenor").statusCode()).isEqualTo(400);

        String wg = StreamSupport.stream(json("/api/v1/working-groups", "convenor").spliterator(), false)
                .filter(w -> w.get("code").asString().equals("WG 1")).findFirst().orElseThrow().get("id").asString();
        assertThat(get("/api/v1/audit?workingGroup=" + wg, "convenor").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/audit?workingGroup=" + wg, "delegate").statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/audit", "convenor").statusCode()).as("platform-wide: staff only").isEqualTo(403);
        assertThat(json("/api/v1/audit?kind=USER_CREATED", "secretariat").size()).isPositive();
        JsonNode verified = json("/api/v1/audit/verify", "admin");
        assertThat(verified.get("valid").asBoolean()).as(verified.toString()).isTrue();
        assertThat(get("/api/v1/audit/verify", "convenor").statusCode()).isEqualTo(403);
        assertThat(json("/v3/api-docs", null).get("paths").has("/api/v1/drafts/{id}/audit.csv")).isTrue();
    }
}
