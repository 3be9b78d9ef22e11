package org.accord.bench;

import org.accord.balloting.ledger.BallotVerifierCli;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, faults: the app (embedded PostgreSQL, the default) is killed with SIGKILL while seated voters vote and
 * change their votes concurrently, then started again on the same data directory. Every vote that got a 201 receipt
 * is in the ballot log unchanged, the hash chain verifies and the public re-tally matches the published one.
 * Runs in the normal suite with 30 voters (about a minute); {@code -Daccord.reliability.voters=200} for more.
 */
class KilledMidBallotTest {

    private static final int VOTERS = Integer.getInteger("accord.reliability.voters", 30);

    @Test
    void everyAcknowledgedVoteSurvivesAKill9() throws Exception {
        Path data = Files.createTempDirectory("accord-kill9");
        Path seed = Workload.seed(data.resolve("seed"), VOTERS);
        int port = freePort();
        List<String> jvm = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1");
        List<String> args = List.of("--accord.seed.location=file:" + seed + "/");
        StringBuilder report = new StringBuilder();
        Api api = new Api(port);
        List<String> voters = Workload.members(VOTERS);
        Queue<Workload.Receipt> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicInteger cutOff = new AtomicInteger();
        String ballot;
        AppProcess first = AppProcess.startFromClassPath(data, port, jvm, args);
        try {
            first.awaitHealthy(Duration.ofMinutes(4));
            String wg = null;
            for (JsonNode w : api.get("/api/v1/working-groups", "secretariat")) {
                if (w.get("code").asString().equals("WG 1")) {
                    wg = w.get("id").asString();
                }
            }
            ballot = api.post("/api/v1/ballots", "secretariat", "application/json", Api.JSON.writeValueAsString(Map.of(
                    "workingGroupId", wg, "motion", "Survive a kill", "title", "Kill -9 ballot", "preset", "ISO_CD",
                    "secret", true, "closesAt", Instant.now().plus(Duration.ofHours(2)).toString())), 201).get("id").asString();
            for (String v : voters) { // first sign-in (bcrypt) outside the voting
                assertThat(api.send("GET", "/api/v1/ballots/" + ballot, v, null, null).statusCode()).isEqualTo(200);
            }

            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch enough = new CountDownLatch(VOTERS * 2);
            ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
            for (String voter : voters) {
                pool.submit(() -> {
                    String[] positions = {"APPROVE", "ABSTAIN", "APPROVE"};
                    for (int n = 0; !stop.get(); n++) {
                        try {
                            HttpResponse<String> r = api.send("POST", "/api/v1/ballots/" + ballot + "/votes", voter, "application/json",
                                    "{\"position\":\"" + positions[n % positions.length] + "\"}");
                            if (r.statusCode() == 201) {
                                JsonNode receipt = Api.JSON.readTree(r.body());
                                acknowledged.add(new Workload.Receipt(voter, receipt.get("position").asLong(),
                                        receipt.get("entryHash").asString(), receipt.get("choice").asString()));
                                enough.countDown();
                            } else if (!stop.get()) {
                                System.err.println(voter + " → " + r.statusCode() + " " + r.body());
                            }
                        } catch (Exception killedMidRequest) {
                            cutOff.incrementAndGet();
                            return null;
                        }
                    }
                    return null;
                });
            }
            assertThat(enough.await(2, TimeUnit.MINUTES)).as("votes flowing before the kill").isTrue();
            first.kill();
            stop.set(true);
            pool.shutdown();
            assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        } finally {
            first.close();
        }
        report.append(VOTERS).append(" voters voting and changing their votes concurrently; SIGKILL after ")
                .append(acknowledged.size()).append(" acknowledged votes; requests cut off by the kill: ").append(cutOff.get()).append('\n');

        try (AppProcess second = AppProcess.startFromClassPath(data, port, jvm, args)) {
            long restart = second.awaitHealthy(Duration.ofMinutes(4));
            report.append("restart on the same data directory to healthy: ").append(restart).append(" ms\n");
            List<Workload.Receipt> missing = new ArrayList<>();
            for (Workload.Receipt v : acknowledged) {
                JsonNode check = api.get("/api/v1/ballots/" + ballot + "/receipts/check?position=" + v.position() + "&hash=" + v.hash(), v.user());
                if (!check.get("inLog").asBoolean()) {
                    missing.add(v);
                }
            }
            api.post("/api/v1/ballots/" + ballot + "/close", "secretariat", "application/json", "{}", 200);
            String export = api.send("GET", "/api/v1/ballots/" + ballot + "/export", "secretariat", null, null).body();
            Path file = data.resolve("export.json");
            Files.writeString(file, export);
            Set<String> logged = new HashSet<>();
            Api.JSON.readTree(export).get("entries").forEach(e -> logged.add(e.get("hash").asString()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int verdict = BallotVerifierCli.run(new String[] {file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));
            report.append("entries in the log: ").append(logged.size()).append("; acknowledged votes missing: ").append(missing.size())
                    .append("; verifier (chain + re-tally) exit status ").append(verdict).append('\n')
                    .append(out.toString(StandardCharsets.UTF_8));
            Report.write("reliability-kill9", report.toString());

            assertThat(missing).as("acknowledged votes not in the log after the restart").isEmpty();
            assertThat(logged).as("every receipt's entry in the published log")
                    .containsAll(acknowledged.stream().map(Workload.Receipt::hash).toList());
            assertThat(verdict).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(BallotVerifierCli.PASS);
        }
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
