package org.accord.bench;

import org.accord.balloting.ledger.BallotVerifierCli;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6: 500 seated voters cast in the last minute of a ballot through the REST API (this JVM is the second
 * process; 40 concurrent clients), then the secretariat closes and the exported log is verified. Zero lost votes is
 * asserted (correctness); latencies are only reported.
 */
class BallotBenchmarkIT {

    static final int VOTERS = 500;

    @Test
    void lastMinuteVoting() throws Exception {
        Path data = Files.createTempDirectory("accord-bench-ballot");
        Path seed = seedWithVoters(data.resolve("seed"), VOTERS);
        StringBuilder report = new StringBuilder();
        try (AppProcess app = AppProcess.start(data, 18186, "-Xmx1g", "-Daccord.seed.location=file:" + seed + "/")) {
            long healthy = app.awaitHealthy(Duration.ofMinutes(10));
            report.append("first start with ").append(VOTERS).append(" seated voters: ").append(healthy).append(" ms\n");
            Api api = new Api(app.port);
            String wg = null;
            for (JsonNode w : api.get("/api/v1/working-groups", "secretariat")) {
                if (w.get("code").asString().equals("WG 1")) {
                    wg = w.get("id").asString();
                }
            }
            Instant closes = Instant.now().plus(Duration.ofSeconds(120));
            String ballot = api.post("/api/v1/ballots", "secretariat", "application/json", Api.JSON.writeValueAsString(Map.of(
                    "workingGroupId", wg, "motion", "Benchmark motion", "title", "Last-minute ballot", "preset", "ISO_CD",
                    "secret", true, "closesAt", closes.toString())), 201).get("id").asString();

            ExecutorService pool = Executors.newFixedThreadPool(40);
            // voters look at the ballot first (their sign-in, a bcrypt check, is then cached for API calls)
            long w0 = System.nanoTime();
            List<Future<Integer>> looks = new ArrayList<>();
            for (int i = 0; i < VOTERS; i++) {
                String user = "bench-voter-" + i;
                looks.add(pool.submit(() -> api.send("GET", "/api/v1/ballots/" + ballot, user, null, null).statusCode()));
            }
            for (Future<Integer> f : looks) {
                assertThat(f.get(5, TimeUnit.MINUTES)).isEqualTo(200);
            }
            report.append(VOTERS).append(" voters open the ballot (first sign-in each, bcrypt): ")
                    .append((System.nanoTime() - w0) / 1_000_000).append(" ms\n");
            List<Future<long[]>> jobs = new ArrayList<>();
            AtomicInteger refused = new AtomicInteger();
            long t0 = System.nanoTime();
            for (int i = 0; i < VOTERS; i++) {
                String user = "bench-voter-" + i;
                String position = i % 10 == 0 ? "ABSTAIN" : "APPROVE";
                jobs.add(pool.submit(() -> {
                    long s = System.nanoTime();
                    HttpResponse<String> r = api.send("POST", "/api/v1/ballots/" + ballot + "/votes", user,
                            "application/json", "{\"position\":\"" + position + "\"}");
                    long ms = (System.nanoTime() - s) / 1_000_000;
                    if (r.statusCode() != 201) {
                        refused.incrementAndGet();
                        System.err.println(user + " → " + r.statusCode() + " " + r.body());
                    }
                    return new long[] {ms, r.statusCode()};
                }));
            }
            List<Long> latencies = new ArrayList<>();
            for (Future<long[]> f : jobs) {
                latencies.add(f.get(5, TimeUnit.MINUTES)[0]);
            }
            long wall = (System.nanoTime() - t0) / 1_000_000;
            pool.shutdown();
            Collections.sort(latencies);
            assertThat(Instant.now()).as("all votes cast before the close").isBefore(closes);

            JsonNode result = api.post("/api/v1/ballots/" + ballot + "/close", "secretariat", "application/json", "{}", 200);
            HttpResponse<String> export = api.send("GET", "/api/v1/ballots/" + ballot + "/export", "secretariat", null, null);
            Path file = data.resolve("export.json");
            Files.writeString(file, export.body());
            long entries = export.body().split("\"voterToken\"", -1).length - 1;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int verified = BallotVerifierCli.run(new String[] {file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));

            report.append("burst: ").append(VOTERS).append(" votes from 40 concurrent clients in ").append(wall).append(" ms (")
                    .append(VOTERS * 1000L / Math.max(1, wall)).append(" votes/s)\n")
                    .append("latency p50 ").append(latencies.get(latencies.size() / 2)).append(" ms, p95 ")
                    .append(latencies.get((int) (latencies.size() * 0.95))).append(" ms, max ")
                    .append(latencies.getLast()).append(" ms\n")
                    .append("refused: ").append(refused.get()).append(", entries in the published log: ").append(entries)
                    .append(", approve counted: ").append(result.get("overall").get("approve").asLong()).append('\n')
                    .append("verifier exit status: ").append(verified).append('\n').append(out.toString(StandardCharsets.UTF_8));
            // the same 500 voters again, arriving at random moments over 50 s (the last minute of a second round)
            Instant closes2 = Instant.now().plus(Duration.ofSeconds(90));
            String paced = api.post("/api/v1/ballots", "secretariat", "application/json", Api.JSON.writeValueAsString(Map.of(
                    "workingGroupId", wg, "motion", "Benchmark motion 2", "title", "Paced ballot", "preset", "ISO_CD",
                    "secret", true, "closesAt", closes2.toString())), 201).get("id").asString();
            ScheduledExecutorService clock = Executors.newScheduledThreadPool(40);
            Random rnd = new Random(7);
            List<ScheduledFuture<Long>> timed = new ArrayList<>();
            for (int i = 0; i < VOTERS; i++) {
                String user = "bench-voter-" + i;
                timed.add(clock.schedule(() -> {
                    long s = System.nanoTime();
                    HttpResponse<String> r = api.send("POST", "/api/v1/ballots/" + paced + "/votes", user,
                            "application/json", "{\"position\":\"APPROVE\"}");
                    if (r.statusCode() != 201) {
                        refused.incrementAndGet();
                    }
                    return (System.nanoTime() - s) / 1_000_000;
                }, rnd.nextInt(50_000), TimeUnit.MILLISECONDS));
            }
            List<Long> pacedLatencies = new ArrayList<>();
            for (ScheduledFuture<Long> f : timed) {
                pacedLatencies.add(f.get(5, TimeUnit.MINUTES));
            }
            clock.shutdown();
            Collections.sort(pacedLatencies);
            api.post("/api/v1/ballots/" + paced + "/close", "secretariat", "application/json", "{}", 200);
            String pacedExport = api.send("GET", "/api/v1/ballots/" + paced + "/export", "secretariat", null, null).body();
            long pacedEntries = pacedExport.split("\"voterToken\"", -1).length - 1;
            report.append("paced: 500 votes at random moments over 50 s: latency p50 ")
                    .append(pacedLatencies.get(pacedLatencies.size() / 2)).append(" ms, p95 ")
                    .append(pacedLatencies.get((int) (pacedLatencies.size() * 0.95))).append(" ms, max ")
                    .append(pacedLatencies.getLast()).append(" ms; entries in the log: ").append(pacedEntries).append('\n');
            Report.write("ballot", report.toString());
            assertThat(pacedEntries).isEqualTo(VOTERS);
            assertThat(refused.get()).isZero();
            assertThat(entries).as("zero lost votes").isEqualTo(VOTERS);
            assertThat(verified).isEqualTo(BallotVerifierCli.PASS);
        }
    }

    /** The standard seed files plus a seats.yaml seating {@code voters} generated members ({@code bench-voter-i}) in WG 1. */
    static Path seedWithVoters(Path dir, int voters) throws Exception {
        Files.createDirectories(dir);
        for (String f : List.of("organisations.yaml", "committees.yaml", "users.yaml", "instruments.yaml",
                "draft-wd-ai-risk.yaml", "draft-wd2-transparency.yaml", "mappings.yaml")) {
            try (InputStream in = BallotBenchmarkIT.class.getResourceAsStream("/seed/" + f)) {
                Files.copy(Objects.requireNonNull(in, f), dir.resolve(f));
            }
        }
        StringBuilder y = new StringBuilder("""
                seatPlans:
                  - workingGroup: WG 1
                    seats: %d
                    countingRule: COUNT_TOWARD_ALL
                    applicationsOpen: true
                    allocateAndConfirm: true
                    applicants:
                """.formatted(voters));
        String[] orgs = {"KE-AIH", "NG-DRC", "DE-RWS", "BR-SFPD", "PL-WOSF", "ID-ATN", "CA-NLRA", "BO-RAIDD"};
        for (int i = 0; i < voters; i++) {
            y.append("      - { username: bench-voter-").append(i).append(", displayName: Bench Voter ").append(i)
                    .append(", organisation: ").append(orgs[i % orgs.length]).append(", statement: Benchmark }\n");
        }
        Files.writeString(dir.resolve("seats.yaml"), y.toString());
        return dir;
    }
}
