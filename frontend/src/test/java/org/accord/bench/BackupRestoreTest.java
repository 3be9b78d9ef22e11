package org.accord.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.accord.balloting.ledger.BallotVerifierCli;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.*;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, backup and restore (RELIABILITY.md, "Backup and restore"): a database with a closed ballot (votes, hash
 * chain, published tally) and a publication (generated files) is backed up online while the app runs, with
 * PostgreSQL's low-level backup API and a file copy (the PostgreSQL 17 binaries ship no pg_dump; see RELIABILITY.md).
 * The copy is started as a fresh server in a new directory, the app starts on it, and the ballot log verifies, the
 * re-tally matches and every publication file still has its SHA-256.
 */
class BackupRestoreTest {

    @Test
    void ballotsAndPublicationsSurviveBackupAndRestore() throws Exception {
        Path root = Files.createTempDirectory("accord-backup");
        List<String> jvm = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1");
        Path backup = root.resolve("backup");
        String ballot;
        String publication;
        String exportBefore;
        JsonNode resultBefore;
        Map<String, String> shaBefore = new TreeMap<>();
        long t0 = System.nanoTime();
        try (EmbeddedPostgres original = postgres(root.resolve("original"))) {
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
                onlineBackup(original, backup);
            }
        }
        long backedUp = Report.ms(t0);

        try (EmbeddedPostgres restored = postgres(backup)) {
            int port = KilledMidBallotTest.freePort();
            List<String> args = new ArrayList<>(datasource(restored));
            args.add("--accord.seed.enabled=false");
            try (AppProcess app = AppProcess.startFromClassPath(root.resolve("app2"), port, jvm, args)) {
                app.awaitHealthy(Duration.ofMinutes(4));
                Api api = new Api(port);
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
                Report.write("reliability-backup", "closed ballot with " + Api.JSON.readTree(exportAfter).get("entries").size()
                        + " log entries and a publication with " + shaAfter.size() + " files " + shaAfter.keySet()
                        + ": set up and backed up online in " + backedUp + " ms (backup " + size(backup) / (1024 * 1024)
                        + " MiB); restored server + app verified: chain and re-tally PASS, export identical, every file's SHA-256 intact");
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
     * PostgreSQL's low-level online backup, as in RELIABILITY.md: pg_backup_start, copy the data directory (without
     * pg_wal), pg_backup_stop in the same session, then write its backup_label and copy pg_wal.
     */
    static void onlineBackup(EmbeddedPostgres db, Path target) throws Exception {
        Path pgdata;
        try (Connection c = DriverManager.getConnection(db.getJdbcUrl("postgres", "postgres"), "postgres", "");
             Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("show data_directory")) {
                r.next();
                pgdata = Path.of(r.getString(1));
            }
            s.execute("select pg_backup_start('accord', true)");
            copyTree(pgdata, target, p -> !p.startsWith(pgdata.resolve("pg_wal")) && !p.getFileName().toString().startsWith("postmaster."));
            try (ResultSet r = s.executeQuery("select labelfile, spcmapfile from pg_backup_stop(true)")) {
                r.next();
                Files.writeString(target.resolve("backup_label"), r.getString(1));
            }
        }
        copyTree(pgdata.resolve("pg_wal"), target.resolve("pg_wal"), p -> true);
    }

    private static void copyTree(Path from, Path to, java.util.function.Predicate<Path> include) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.filter(include).toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                try {
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(dest);
                        Files.setPosixFilePermissions(dest, PosixFilePermissions.fromString("rwx------"));
                    } else {
                        Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (NoSuchFileException goneMeanwhile) {
                    // a file the server removed during the copy; WAL replay does not need it
                }
            }
        }
    }

    private static EmbeddedPostgres postgres(Path dataDir) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir)
                .setOverrideWorkingDirectory(Files.createDirectories(dataDir.resolveSibling("pg-runtime")).toFile())
                .setCleanDataDirectory(false).start();
    }

    private static List<String> datasource(EmbeddedPostgres db) {
        return List.of("--spring.datasource.url=" + db.getJdbcUrl("postgres", "postgres"), "--spring.datasource.username=postgres");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
