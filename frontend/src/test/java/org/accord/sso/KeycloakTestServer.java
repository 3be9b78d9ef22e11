package org.accord.sso;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A real Keycloak for tests: the distribution zip (a test dependency, so Maven fetches it into the local repository)
 * unzipped once into {@code target/keycloak/}, started in dev mode on free ports with the realm of
 * {@code docker/keycloak/} imported (the same file the compose stack uses), shared by the tests of one JVM and stopped
 * when it exits. Each start begins with an empty Keycloak database, so the realm is exactly the file; then the
 * password-grant clients only tests may use are added through the admin API (the realm file allows no password grant).
 */
public final class KeycloakTestServer {

    /** The pom's {@code keycloak.version} (a system property from Surefire), else the dist zip on the test class path. */
    static final String VERSION = version();
    static final Path REALM = Path.of("..", "docker", "keycloak", "accord-realm.json");
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-test";
    // First start builds (Quarkus augmentation, about a minute on a busy 2-core machine), then imports the realm.
    private static final Duration STARTUP = Duration.ofSeconds(420);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static KeycloakTestServer shared;

    private final Process process;
    private final String url;
    private final Duration startTime;

    private KeycloakTestServer(Process process, String url, Duration startTime) {
        this.process = process;
        this.url = url;
        this.startTime = startTime;
    }

    /** Test-only public client with the password grant and the realm's mappers (audience {@code accord} included). */
    public static final String TEST_CLIENT = "accord-test";
    /** The same without the audience mapper: its tokens are not for the Accord API. */
    public static final String NO_AUDIENCE_CLIENT = "accord-test-no-audience";
    /** The same with one-second access tokens, to see them expire. */
    public static final String SHORT_LIVED_CLIENT = "accord-test-short";

    public static synchronized KeycloakTestServer get() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> destroyTree(shared.process), "keycloak-test-server-stop"));
            try {
                shared.addTestClients();
            } catch (Exception e) {
                throw new IllegalStateException("Could not add the test clients: " + e.getMessage(), e);
            }
        }
        return shared;
    }

    /** Copies of the realm's public {@code accord-api} client, with the password grant tests need. */
    private void addTestClients() throws Exception {
        JsonNode realm = JSON.readTree(REALM.toFile());
        ObjectNode api = null;
        for (JsonNode client : realm.get("clients")) {
            if (client.get("clientId").asString().equals("accord-api")) {
                api = (ObjectNode) client;
            }
        }
        if (api == null) {
            throw new IllegalStateException("No accord-api client in " + REALM);
        }
        for (String clientId : List.of(TEST_CLIENT, NO_AUDIENCE_CLIENT, SHORT_LIVED_CLIENT)) {
            ObjectNode client = api.deepCopy();
            client.remove("id");
            client.put("clientId", clientId).put("name", "Tests only").put("directAccessGrantsEnabled", true);
            if (clientId.equals(NO_AUDIENCE_CLIENT)) {
                ArrayNode mappers = JSON.createArrayNode();
                client.get("protocolMappers").forEach(m -> {
                    if (!m.get("protocolMapper").asString().equals("oidc-audience-mapper")) {
                        mappers.add(m);
                    }
                });
                client.set("protocolMappers", mappers);
            }
            if (clientId.equals(SHORT_LIVED_CLIENT)) {
                ((ObjectNode) client.get("attributes")).put("access.token.lifespan", "1");
            }
            HttpResponse<String> created = admin("POST", "/clients", JSON.writeValueAsString(client));
            if (created.statusCode() != 201) {
                throw new IllegalStateException("Client " + clientId + ": " + created.statusCode() + " " + created.body());
            }
        }
    }

    private static String version() {
        String fromPom = System.getProperty("keycloak.version");
        if (fromPom != null && !fromPom.isBlank()) {
            return fromPom;
        }
        java.util.regex.Pattern zip = java.util.regex.Pattern.compile(".*keycloak-quarkus-dist-(.+)\\.zip$");
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            java.util.regex.Matcher m = zip.matcher(entry);
            if (m.matches()) {
                return m.group(1);
            }
        }
        throw new IllegalStateException("No keycloak.version system property and no Keycloak distribution on the class path");
    }

    /** Base URL, e.g. {@code http://localhost:41234}; the realm issuer is {@code url + "/realms/accord"}. */
    public String url() {
        return url;
    }

    public Duration startTime() {
        return startTime;
    }

    /** Stops the server now (for "Keycloak unreachable" checks); a later {@link #get()} would not restart it. */
    public void stop() {
        destroyTree(process);
    }

    // ---- token endpoint and admin API, as a client or operator would use them ----

    /** Tokens for a realm user through the test client's password grant (JSON as returned). */
    public String passwordGrant(String username, String password) throws Exception {
        return passwordGrant(TEST_CLIENT, username, password);
    }

    public String passwordGrant(String clientId, String username, String password) throws Exception {
        return form(url + "/realms/accord/protocol/openid-connect/token", Map.of("grant_type", "password",
                "client_id", clientId, "username", username, "password", password, "scope", "openid"), null).body();
    }

    public HttpResponse<String> form(String endpoint, Map<String, String> fields, String bearer) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An admin REST call on the accord realm ({@code path} after {@code /admin/realms/accord}). */
    public HttpResponse<String> admin(String method, String path, String json) throws Exception {
        String token = field(form(url + "/realms/master/protocol/openid-connect/token", Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", ADMIN, "password", ADMIN_PASSWORD), null).body(), "access_token");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + "/admin/realms/accord" + path))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A top-level field of a JSON object, or of the first object of a JSON array (as admin searches answer). */
    public static String field(String json, String name) {
        JsonNode node = JSON.readTree(json);
        if (node.isArray()) {
            node = node.path(0);
        }
        if (!node.hasNonNull(name)) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return node.get(name).asString();
    }

    // ---- lifecycle ----

    private static KeycloakTestServer start() {
        long started = System.nanoTime();
        try {
            Path home = install();
            deleteTree(home.resolve("data"));
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(REALM, imports.resolve("accord-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            int port = freePort();
            Path console = home.resolve("console-" + port + ".log");
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--import-realm", "--http-port=" + port, "--http-management-port=" + freePort(),
                    "--hostname-strict=false", "--cache=local")
                    .redirectErrorStream(true).redirectOutput(console.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx512m");
            Process process = builder.start();
            String url = "http://localhost:" + port;
            awaitReady(process, url, console);
            return new KeycloakTestServer(process, url, Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the Keycloak test server: " + e.getMessage(), e);
        }
    }

    private static void awaitReady(Process process, String url, Path console) throws IOException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(url + "/realms/accord/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ":\n" + tail(console));
            }
            try {
                if (HTTP.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(500);
        }
        destroyTree(process);
        throw new IllegalStateException("Keycloak did not become ready within " + STARTUP.toSeconds() + " s:\n" + tail(console));
    }

    /** Unzips once; extraction goes to a temporary directory and is renamed, so a half-unzipped copy is never reused. */
    private static synchronized Path install() throws IOException {
        Path root = Path.of("target", "keycloak").toAbsolutePath();
        Path home = root.resolve("keycloak-" + VERSION);
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Files.createDirectories(root);
        Path staging = Files.createTempDirectory(root, "unzip-");
        try (ZipFile zip = new ZipFile(findZip().toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = staging.resolve(entry.getName()).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("Bad zip entry " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                if (entry.getName().endsWith(".sh")) {
                    target.toFile().setExecutable(true, false); // ZipFile drops Unix modes
                }
            }
        }
        Files.move(staging.resolve("keycloak-" + VERSION), home, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(staging);
        return home;
    }

    /** On the test class path (as a test dependency), else in the local Maven repository. */
    private static Path findZip() {
        String name = "keycloak-quarkus-dist-" + VERSION + ".zip";
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (entry.endsWith(File.separator + name) && Files.isRegularFile(Path.of(entry))) {
                return Path.of(entry);
            }
        }
        String repo = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        Path zip = Path.of(repo, "org/keycloak/keycloak-quarkus-dist", VERSION, name);
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + zip
                    + "; run Maven online once so it downloads the test dependency");
        }
        return zip;
    }

    /** kc.sh → server JVM: terminate both, gently first. */
    private static void destroyTree(Process process) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    private static String tail(Path console) {
        try {
            List<String> lines = Files.readAllLines(console);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
