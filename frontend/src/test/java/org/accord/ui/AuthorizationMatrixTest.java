package org.accord.ui;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.*;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every REST endpoint and every view against every role, as written in {@code authorization-matrix.md}. The table is
 * the specification: a mapping or route missing from it fails the build, and so does any cell that differs.
 * Working group A is the seeded WG 1 (one account per role); the member of another group is {@code delegate3} (WG 2 only).
 */
@TestMethodOrder(MethodOrderer.MethodName.class) // views before REST: the REST rows close the comment period last
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // it files comments, opens ballots, publishes
class AuthorizationMatrixTest extends BrowserTest {

    static final List<String> ROLES = List.of("anonymous", "observer", "ngo", "delegate", "editor", "convenor",
            "secretariat", "admin", "other-wg");
    static final Map<String, String> ACCOUNTS = Map.of("observer", "observer", "ngo", "ngo", "delegate", "delegate",
            "editor", "editor", "convenor", "convenor", "secretariat", "secretariat", "admin", "admin", "other-wg", "delegate3");
    static final String MATRIX = "authorization-matrix.md";
    static final ObjectMapper JSON = JsonMapper.builder().build();
    static final Set<String> JUDGED_ON_CONTENT = Set.of("400", "409", "412", "415", "422");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final Map<String, String> fixtures = new HashMap<>();
    /** Fixtures a request may consume (a delete): created again on first use after a successful call. */
    static final Map<String, Supplier<String>> renewable = new HashMap<>();
    static final Set<String> consumed = new HashSet<>();

    record Row(String request, Map<String, String> expected, String note) {
    }

    record Probe(String method, String path, String contentType, byte[] body) {
    }

    // ---------------------------------------------------------------- the table

    static List<Row> table(String header) throws IOException {
        List<Row> rows = new ArrayList<>();
        boolean inTable = false;
        try (InputStream in = AuthorizationMatrixTest.class.getClassLoader().getResourceAsStream(MATRIX)) {
            assertThat(in).as(MATRIX + " on the test classpath").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("|")) {
                    inTable = false;
                    continue;
                }
                List<String> cells = Arrays.stream(line.substring(1).split("\\|", -1)).map(c -> c.strip().replace("`", ""))
                        .collect(Collectors.toCollection(ArrayList::new));
                if (cells.getFirst().equalsIgnoreCase(header)) {
                    inTable = true;
                    assertThat(cells.subList(1, 1 + ROLES.size())).as("columns of the " + header + " table").isEqualTo(ROLES);
                    continue;
                }
                if (!inTable || cells.getFirst().startsWith("---")) {
                    continue;
                }
                Map<String, String> expected = new LinkedHashMap<>();
                for (int i = 0; i < ROLES.size(); i++) {
                    expected.put(ROLES.get(i), cells.get(i + 1).toLowerCase(Locale.ROOT));
                }
                rows.add(new Row(cells.getFirst(), expected, cells.size() > ROLES.size() + 1 ? cells.get(ROLES.size() + 1) : ""));
            }
        }
        return rows;
    }

    /** Every handler method of the application: "GET /api/v1/drafts/{id}", "ANY /error". */
    Set<String> handlerMappings() {
        Set<String> all = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toSet());
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    all.add("ANY " + pattern);
                }
                methods.forEach(m -> all.add(m + " " + pattern));
            }
        }
        return all;
    }

    /** Every Vaadin route and alias in org.accord.ui: "/drafts/:draftId". */
    static Set<String> vaadinRoutes() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(RouteAlias.class));
        Set<String> routes = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("org.accord.ui")) {
            Class<?> view = Class.forName(candidate.getBeanClassName());
            Route route = view.getAnnotation(Route.class);
            if (route != null) {
                routes.add("/" + route.value());
            }
            for (RouteAlias alias : view.getAnnotationsByType(RouteAlias.class)) {
                routes.add("/" + alias.value());
            }
        }
        return routes;
    }

    @Test
    void everyEndpointIsInTheTable() throws IOException {
        Set<String> listed = table("endpoint").stream().map(Row::request).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(handlerMappings());
        missing.removeAll(listed);
        write("authorization-matrix-missing.txt", String.join("\n", missing));
        assertThat(missing).as("endpoints missing from " + MATRIX + ": add a row with every role's expected answer").isEmpty();
        Set<String> stale = new TreeSet<>(listed);
        stale.removeAll(handlerMappings());
        stale.removeIf(r -> r.startsWith("GET /actuator")); // served by the actuator's own handler mapping
        assertThat(stale).as("rows of " + MATRIX + " with no endpoint behind them").isEmpty();
    }

    @Test
    void everyRouteIsInTheTable() throws Exception {
        Set<String> listed = table("route").stream().map(Row::request).collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).as("the routes of " + MATRIX + " are exactly the @Route and @RouteAlias views").isEqualTo(vaadinRoutes());
    }

    // ---------------------------------------------------------------- REST

    @Test
    void restEndpointsAnswerEachRoleAsTheTableSays() throws Exception {
        fixtures();
        List<String> mismatches = new ArrayList<>();
        StringBuilder details = new StringBuilder();
        StringBuilder observed = new StringBuilder(header("endpoint"));
        for (Row row : table("endpoint")) {
            if (row.request().matches("(GET|POST) /lite(/.*)?")) {
                continue; // session pages: checked with the browser's cookies in viewsAndLightReader...
            }
            Map<String, String> seen = new LinkedHashMap<>();
            for (String role : ROLES) {
                Probe probe = probe(row.request(), role);
                HttpResponse<String> r = call(probe, role);
                String outcome = classify(r.statusCode(), r.headers().firstValue("Location").orElse(""));
                if (outcome.startsWith("allow") || outcome.equals("login")) {
                    markConsumed(row.request());
                }
                seen.put(role, outcome);
                details.append(row.request()).append(" as ").append(role).append(": ").append(r.statusCode()).append(' ')
                        .append(abbreviate(r.body())).append('\n');
                if (!matches(row.expected().get(role), outcome)) {
                    mismatches.add(row.request() + " as " + role + ": expected " + row.expected().get(role) + ", got "
                            + r.statusCode() + " " + abbreviate(r.body()));
                }
            }
            observed.append(line(row.request(), seen, row.note()));
        }
        write("authorization-matrix-rest.observed.md", observed);
        write("authorization-matrix-rest.answers.txt", details);
        assertThat(mismatches).as("REST answers differing from " + MATRIX).isEmpty();
    }

    static boolean matches(String expected, String outcome) {
        return expected.equals(outcome) || (expected.equals("allow") && outcome.equals("allow"));
    }

    /** What the answer means for authorization: past it ("allow", judged on content), refused, or sent to sign in. */
    static String classify(int status, String location) {
        if (status >= 300 && status < 400 && (location.contains("/login") || location.contains("/lite/sign-in"))) {
            return "login";
        }
        if (status < 400 || JUDGED_ON_CONTENT.contains(String.valueOf(status))) {
            return "allow";
        }
        return String.valueOf(status);
    }

    HttpResponse<String> call(Probe p, String role) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url(p.path()))).timeout(Duration.ofSeconds(60))
                .method(p.method(), p.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(p.body()));
        if (p.contentType() != null) {
            req.header("Content-Type", p.contentType());
        }
        if (p.path().contains("/votes")) {
            req.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        if (!role.equals("anonymous")) {
            req.header("Authorization", basic(ACCOUNTS.get(role)));
        }
        return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** The concrete request for a row: path variables from the fixtures, a body that passes authorization but changes little. */
    Probe probe(String request, String role) throws Exception {
        String method = request.substring(0, request.indexOf(' '));
        String pattern = request.substring(request.indexOf(' ') + 1);
        if (method.equals("ANY")) {
            method = "GET";
        }
        String path = PATHS.getOrDefault(request, concrete(pattern));
        String query = QUERIES.getOrDefault(request, "");
        String[] body = BODIES.get(request);
        String contentType = body != null ? body[0] : Set.of("POST", "PUT", "PATCH").contains(method) ? "application/json" : null;
        String content = body != null ? body[1] : contentType != null ? "{}" : null;
        return new Probe(method, resolve(path + query), contentType, content == null ? null : resolve(content).getBytes(StandardCharsets.UTF_8));
    }

    /** Path variables by the resource they name, e.g. {id} under /api/v1/ballots is the ballot fixture. */
    static String concrete(String pattern) {
        String p = pattern.replace("{clauseId}", "{clause}").replace("{termId}", "{term}").replace("{mappingId}", "{mapping}")
                .replace("{commentId}", "{comment}").replace("{periodId}", "{period}").replace("{allocationId}", "{allocation}")
                .replace("{seatHolderId}", "{seatHolder}").replace("{draftId}", "{draft}").replace("{jurisdiction}", "EU")
                .replace("{lang}", "fr").replace("{format}", "md")
                .replace("{userId}", "{seatedUser}");
        String owner = pattern.startsWith("/api/v1/ballots") ? "{ballot}"
                : pattern.startsWith("/api/v1/working-groups") ? "{wg}"
                : pattern.startsWith("/api/v1/instruments") ? "{instrument}"
                : pattern.startsWith("/api/v1/publications") || pattern.startsWith("/api/v1/publishing") || pattern.startsWith("/standards") ? "{publication}"
                : pattern.startsWith("/api/v1/webhooks") ? "{webhook}"
                : "{draft}";
        return p.replace("{id}", owner);
    }

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    String resolve(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (renewable.containsKey(name)) {
                if (consumed.remove(name) || !fixtures.containsKey(name)) {
                    fixtures.put(name, renewable.get(name).get());
                }
                value = fixtures.get(name);
            } else {
                value = fixtures.get(name);
            }
            if (value == null) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    void markConsumed(String request) {
        for (String name : renewable.keySet()) {
            if (RENEWED_BY.getOrDefault(request, "").equals(name)) {
                consumed.add(name);
            }
        }
    }

    /** Rows whose successful call uses its fixture up (deletes, withdrawals): they get a new one next time. */
    static final Map<String, String> RENEWED_BY = Map.of(
            "DELETE /api/v1/drafts/{id}/clauses/{clauseId}", "freshClause",
            "DELETE /api/v1/drafts/{id}/terms/{termId}", "freshTerm",
            "DELETE /api/v1/drafts/{id}/mappings/{mappingId}", "freshMapping",
            "DELETE /api/v1/webhooks/{id}", "freshWebhook",
            "POST /api/v1/comments/{commentId}/submit", "freshDraftComment");

    /** Rows that need another fixture than their path variables name. */
    static final Map<String, String> PATHS = Map.of(
            "DELETE /api/v1/drafts/{id}/clauses/{clauseId}", "/api/v1/drafts/{draft}/clauses/{freshClause}",
            "DELETE /api/v1/drafts/{id}/terms/{termId}", "/api/v1/drafts/{draft}/terms/{freshTerm}",
            "DELETE /api/v1/drafts/{id}/mappings/{mappingId}", "/api/v1/drafts/{draft}/mappings/{freshMapping}",
            "DELETE /api/v1/webhooks/{id}", "/api/v1/webhooks/{freshWebhook}",
            "POST /api/v1/drafts/{id}/clauses/{clauseId}/terms", "/api/v1/drafts/{draft}/clauses/{termsClause}/terms",
            "POST /api/v1/comments/{commentId}/submit", "/api/v1/comments/{freshDraftComment}/submit");

    static final Map<String, String> QUERIES = Map.ofEntries(
            Map.entry("GET /api/v1/drafts/{id}/clauses/{clauseId}/revisions/compare", "?from=1&to=1"),
            Map.entry("GET /api/v1/drafts/{id}/compare", "?from=WD%201&to=current"),
            Map.entry("GET /api/v1/drafts/{id}/translations", "?language=fr"),
            Map.entry("POST /api/v1/drafts/import", "?workingGroupId={wg}"),
            Map.entry("GET /api/v1/drafts/{id}/gaps", "?jurisdiction=EU"),
            Map.entry("GET /api/v1/drafts/{id}/comparison", "?left=EU&right=US-CO"),
            Map.entry("GET /api/v1/ballots", "?workingGroupId={wg}"),
            Map.entry("GET /api/v1/ballots/{id}/receipts/check", "?position=1&hash=00"),
            Map.entry("GET /api/v1/search", "?q=risk"));

    /** Content type and body per row; {placeholders} filled from the fixtures. Unlisted writes send {}. */
    static final Map<String, String[]> BODIES = Map.ofEntries(
            Map.entry("POST /api/v1/drafts/import", new String[]{"text/markdown", "# Not a numbered draft"}),
            Map.entry("POST /api/v1/drafts/{id}/crosswalk.olir.csv", new String[]{"text/csv", "not,an,olir,file"}),
            Map.entry("POST /api/v1/instruments/{id}/provisions/csv", new String[]{"text/csv", "not a provision file"}),
            Map.entry("POST /api/v1/instruments/{id}/provisions/akoma-ntoso", new String[]{"application/xml", "<akomaNtoso/>"}),
            Map.entry("POST /api/v1/working-groups/{id}/applications/import", new String[]{"text/csv", "not,the,header"}),
            Map.entry("POST /api/v1/drafts/{id}/comments/import", new String[]{
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "not a workbook"}),
            Map.entry("PUT /api/v1/working-groups/{id}/applications/ranking", new String[]{"application/json", "[]"}),
            Map.entry("POST /api/v1/drafts/{id}/clauses/{clauseId}/move", new String[]{"application/json", "{\"index\":0}"}),
            Map.entry("POST /api/v1/drafts/{id}/clauses/{clauseId}/revisions", new String[]{"application/json", "{\"baseRevision\":0}"}),
            Map.entry("POST /api/v1/drafts/{id}/comments", new String[]{"application/json", "{\"submit\":false}"}),
            Map.entry("PUT /api/v1/drafts/{id}/clauses/{clauseId}/translations/{lang}", new String[]{"application/json", "{\"version\":0}"}),
            Map.entry("PUT /api/v1/drafts/{id}/adoption-profiles/{jurisdiction}", new String[]{"application/json",
                    "{\"clauseId\":\"{clause}\",\"decision\":\"ADOPT\",\"note\":\"Matrix\"}"}),
            Map.entry("POST /api/v1/ballots/{id}/votes", new String[]{"application/json", "{\"position\":\"APPROVE\"}"}),
            Map.entry("POST /api/v1/notifications/bounces", new String[]{"application/json",
                    "{\"email\":\"nobody@example.org\",\"permanent\":false,\"reason\":\"authorization matrix\"}"}),
            Map.entry("POST /api/v1/drafts/{id}/mappings", new String[]{"application/json", "{\"clause\":\"5.3\","
                    + "\"instrument\":\"EU-AIA\",\"provision\":\"Art. 10\",\"relationship\":\"intersects-with\",\"rationale\":\"semantic\"}"}));

    // ---------------------------------------------------------------- fixtures

    void fixtures() throws Exception {
        if (!fixtures.isEmpty()) {
            return;
        }
        JsonNode groups = read("/api/v1/working-groups", "secretariat");
        fixtures.put("wg", find(groups, "code", "WG 1").get("id").asString());
        fixtures.put("draft", find(read("/api/v1/drafts", "secretariat"), "reference", "ACC WD 42101").get("id").asString());
        JsonNode tree = read("/api/v1/drafts/{draft}/clauses", "secretariat");
        fixtures.put("clause", tree.get(0).get("id").asString());
        fixtures.put("termsClause", tree.get(2).get("id").asString());
        fixtures.put("term", tree.get(2).get("terms").get(0).get("id").asString());
        fixtures.put("comment", read("/api/v1/drafts/{draft}/comments", "secretariat").get(0).get("id").asString());
        renewable.put("freshDraftComment", () -> JSON.readTree(send("POST", "/api/v1/drafts/{draft}/comments", "ngo",
                "{\"clauseId\":\"{clause}\",\"type\":\"ED\",\"justification\":\"Saved, not submitted, for the matrix.\","
                        + "\"submit\":false}")).get("id").asString());
        fixtures.put("period", read("/api/v1/drafts/{draft}/comment-periods", "secretariat").get(0).get("id").asString());
        fixtures.put("instrument", find(read("/api/v1/instruments", "secretariat"), "code", "EU-AIA").get("id").asString());
        fixtures.put("mapping", read("/api/v1/drafts/{draft}/mappings", "secretariat").get(0).get("id").asString());
        fixtures.put("seatHolder", read("/api/v1/working-groups/{wg}/roster", "secretariat").get("holders").get(0).get("id").asString());
        fixtures.put("seatedUser", read("/api/v1/working-groups/{wg}/roster", "secretariat").get("holders").get(0).get("userId").asString());
        fixtures.put("allocation", created("POST", "/api/v1/working-groups/{wg}/allocations", "secretariat", "{\"mode\":\"MERIT\"}"));
        String closes = Instant.now().plus(Duration.ofDays(1)).toString();
        fixtures.put("ballot", created("POST", "/api/v1/ballots", "secretariat", "{\"workingGroupId\":\"{wg}\",\"motion\":\"Adopt the work plan\","
                + "\"title\":\"Matrix motion\",\"preset\":\"ISO_CD\",\"closesAt\":\"" + closes + "\"}"));
        fixtures.put("publication", publish());
        fixtures.put("webhook", subscribe("https://example.org/hooks/matrix"));
        renewable.put("freshClause", () -> created("POST", "/api/v1/drafts/{draft}/clauses", "editor",
                "{\"kind\":\"NORMATIVE\",\"title\":\"Matrix fixture\",\"body\":\"Made to be deleted.\"}"));
        renewable.put("freshTerm", () -> created("POST", "/api/v1/drafts/{draft}/clauses/{termsClause}/terms", "editor",
                "{\"term\":\"matrix fixture " + UUID.randomUUID() + "\",\"definition\":\"made to be deleted\"}"));
        renewable.put("freshMapping", () -> {
            String json = send("POST", "/api/v1/drafts/{draft}/mappings", "editor", "{\"clause\":\"5.3\",\"instrument\":\"EU-AIA\","
                    + "\"provision\":\"Art. 12\",\"relationship\":\"intersects-with\",\"rationale\":\"semantic\"}");
            return JSON.readTree(json).get("mapping").get("id").asString();
        });
        renewable.put("freshWebhook", () -> subscribe("https://example.org/hooks/fresh"));
    }

    String subscribe(String target) {
        return JSON.readTree(send("POST", "/api/v1/webhooks", "secretariat", "{\"committee\":\"TC 1\",\"url\":\"" + target + "\"}"))
                .get("subscription").get("id").asString();
    }

    String publish() throws Exception {
        // 202, or 400 when WD 1 is already published: either way its publication is listed
        String r = String.valueOf(call(new Probe("POST", resolve("/api/v1/drafts/{draft}/publications"), "application/json",
                "{\"versionLabel\":\"WD 1\",\"overrideRationale\":\"Edition for the authorization matrix.\"}"
                        .getBytes(StandardCharsets.UTF_8)), "secretariat").statusCode());
        for (JsonNode p : read("/api/v1/publishing", "secretariat")) {
            if (p.get("draftId").asString().equals(fixtures.get("draft"))) {
                return p.get("id").asString();
            }
        }
        throw new AssertionError("no publication after " + r);
    }

    JsonNode read(String path, String user) throws Exception {
        HttpResponse<String> r = call(new Probe("GET", resolve(path), null, null), roleOf(user));
        assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    String send(String method, String path, String user, String json) {
        try {
            HttpResponse<String> r = call(new Probe(method, resolve(path), "application/json",
                    resolve(json).getBytes(StandardCharsets.UTF_8)), roleOf(user));
            assertThat(r.statusCode()).as(method + " " + path + " → " + r.body()).isBetween(200, 299);
            return r.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String created(String method, String path, String user, String json) {
        return JSON.readTree(send(method, path, user, json)).get("id").asString();
    }

    static String roleOf(String user) {
        return ACCOUNTS.entrySet().stream().filter(e -> e.getValue().equals(user)).findFirst().orElseThrow().getKey();
    }

    static JsonNode find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false).filter(n -> n.get(field).asString().equals(value))
                .findFirst().orElseThrow(() -> new AssertionError("no " + field + " = " + value));
    }

    // ---------------------------------------------------------------- views and the light reader

    /** What a member of another group must never see on a page they may open: working group A's draft and ballot. */
    static final List<String> GROUP_A_MARKERS = List.of("ACC WD 42101", "Matrix motion");

    @Test
    void browserViewsAndLightReaderAnswerEachRoleAsTheTableSays() throws Exception {
        fixtures();
        List<Row> routes = table("route");
        List<Row> lite = table("endpoint").stream().filter(r -> r.request().matches("(GET|POST) /lite(/.*)?")).toList();
        List<String> mismatches = new ArrayList<>();
        Map<String, Map<String, String>> seenRoutes = new LinkedHashMap<>();
        Map<String, Map<String, String>> seenLite = new LinkedHashMap<>();
        for (String role : ROLES) {
            try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
                ctx.setDefaultTimeout(30_000);
                Page p = ctx.newPage();
                if (!role.equals("anonymous")) {
                    signIn(p, ACCOUNTS.get(role));
                }
                for (Row row : routes) {
                    String outcome = role.equals("anonymous") ? anonymousVisit(concreteRoute(row.request()))
                            : visit(p, concreteRoute(row.request()), role.equals("other-wg"));
                    seenRoutes.computeIfAbsent(row.request(), k -> new LinkedHashMap<>()).put(role, outcome);
                    if (!row.expected().get(role).equals(outcome)) {
                        mismatches.add(row.request() + " as " + role + ": expected " + row.expected().get(role) + ", got " + outcome);
                    }
                }
                for (Row row : lite) {
                    String outcome = liteCall(p, row.request());
                    seenLite.computeIfAbsent(row.request(), k -> new LinkedHashMap<>()).put(role, outcome);
                    if (!matches(row.expected().get(role), outcome)) {
                        mismatches.add(row.request() + " as " + role + ": expected " + row.expected().get(role) + ", got " + outcome);
                    }
                }
            }
        }
        StringBuilder observed = new StringBuilder(header("route"));
        routes.forEach(r -> observed.append(line(r.request(), seenRoutes.get(r.request()), r.note())));
        observed.append("\n").append(header("endpoint"));
        lite.forEach(r -> observed.append(line(r.request(), seenLite.get(r.request()), r.note())));
        write("authorization-matrix-views.observed.md", observed);
        assertThat(mismatches).as("views differing from " + MATRIX).isEmpty();
    }

    void signIn(Page p, String user) {
        p.navigate(url("/login"));
        p.locator("input[name=username]").fill(user);
        p.locator("input[name=password]").fill(PASSWORD);
        p.locator("input[name=password]").press("Enter");
        p.waitForURL(u -> !u.contains("/login"));
        waitForVaadin(p);
    }

    String concreteRoute(String route) {
        String r = route.replace(":draftId?", "{draft}").replace(":draftId", "{draft}").replace(":clauseId", "{clause}")
                .replace(":wg?", "{wg}").replace(":wg", "{wg}").replace(":ballot", "{ballot}");
        return resolve(r);
    }

    /** Without a session the server answers before any view runs: the sign-in page, or a redirect to it. */
    String anonymousVisit(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
        String outcome = classify(r.statusCode(), r.headers().firstValue("Location").orElse(""));
        return path.equals("/login") && r.statusCode() == 200 ? "allow" : outcome;
    }

    /**
     * Where a navigation inside the signed-in page ends (the router's own navigation, as a link click would do it): the view
     * ("allow"), the access-denied view ("deny"), the sign-in page, not found or an error.
     */
    String visit(Page p, String path, boolean outsider) {
        // the navigation's own server round trip, then the client done applying it; the router makes none when the
        // page is already at that address (the dashboard right after signing in)
        boolean samePlace = URI.create(p.url()).getPath().equals(path);
        if (samePlace) {
            p.reload();
        } else {
            p.waitForResponse(r -> r.url().contains("v-r=uidl"), () -> p.evaluate(
                    "path => { window.history.pushState({}, '', path); window.dispatchEvent(new PopStateEvent('popstate')); }", path));
        }
        waitForVaadin(p);
        if (p.locator("#access-denied").count() > 0) {
            return "deny";
        }
        if (p.locator("input[name=username]").count() > 0 && !path.equals("/login")) {
            return "login";
        }
        String text = p.locator("body").innerText();
        if (text.contains("Could not navigate") || text.contains("not found") || text.contains("Not found")) {
            return "404";
        }
        if (text.contains("Internal error") || text.contains("Exception")) {
            return "error";
        }
        if (outsider && GROUP_A_MARKERS.stream().anyMatch(text::contains)) {
            return "leak";
        }
        return "allow";
    }

    static void waitForVaadin(Page p) {
        p.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    String liteCall(Page p, String request) {
        String path = resolve(concrete(request.substring(request.indexOf(' ') + 1)));
        APIResponse r;
        if (request.startsWith("GET")) {
            r = p.request().get(url(path), RequestOptions.create().setMaxRedirects(0));
        } else {
            String csrf = csrfToken(p);
            RequestOptions form = RequestOptions.create().setMaxRedirects(0)
                    .setForm(com.microsoft.playwright.options.FormData.create().set("type", "ed")
                            .set("justification", "Filed by the authorization matrix.").set("_csrf", csrf));
            r = p.request().post(url(path), form);
        }
        return classify(r.status(), r.headers().getOrDefault("location", ""));
    }

    /** The session's CSRF token as the light reader's form carries it (the Vaadin page has it too). */
    String csrfToken(Page p) {
        APIResponse page = p.request().get(url("/lite/drafts/" + fixtures.get("draft")), RequestOptions.create().setMaxRedirects(0));
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.text());
        if (m.find()) {
            return m.group(1);
        }
        APIResponse root = p.request().get(url("/"), RequestOptions.create().setMaxRedirects(0));
        Matcher meta = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(root.text());
        return meta.find() ? meta.group(1) : "";
    }

    // ---------------------------------------------------------------- output

    static String header(String first) {
        return "| " + first + " | " + String.join(" | ", ROLES) + " | note |\n|---" + "|---".repeat(ROLES.size() + 1) + "|\n";
    }

    static String line(String request, Map<String, String> seen, String note) {
        return "| `" + request + "` | " + ROLES.stream().map(r -> seen == null ? "?" : seen.getOrDefault(r, "?"))
                .collect(Collectors.joining(" | ")) + " | " + note + " |\n";
    }

    static void write(String name, CharSequence text) throws IOException {
        Path dir = Path.of("target");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), text);
    }

    static String abbreviate(String body) {
        String b = body == null ? "" : body.replaceAll("\\s+", " ");
        return b.length() > 160 ? b.substring(0, 160) + "…" : b;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
