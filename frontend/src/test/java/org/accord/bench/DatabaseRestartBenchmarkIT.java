package org.accord.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, faults: PostgreSQL (an external server: zonky's binaries on a fixed data directory and port) is stopped
 * for {@code accord.faults.outageSeconds} (10) while members work through the packaged app, then started again on the
 * same data and port. The app is not restarted. Requests during the outage get a prompt 503 with a message (never a
 * hang or a 500); afterwards every acknowledged comment and vote is there.
 */
class DatabaseRestartBenchmarkIT {

    static final int USERS = Integer.getInteger("accord.faults.users", 50);
    static final int SECONDS = Integer.getInteger("accord.faults.seconds", 60);
    static final int OUTAGE = Integer.getInteger("accord.faults.outageSeconds", 10);
    static final int PG_PORT = 18297;

    @Test
    void appRidesOutADatabaseRestart() throws Exception {
        Path data = Files.createTempDirectory("accord-bench-pg-restart");
        Path seed = Workload.seed(data.resolve("seed"), USERS);
        StringBuilder report = new StringBuilder();
        EmbeddedPostgres db = postgres(data, PG_PORT);
        try (AppProcess app = AppProcess.start(data.resolve("app"), 18196, List.of("-Xmx1g", "-Daccord.seed.location=file:" + seed + "/"),
                List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + PG_PORT + "/postgres", "--spring.datasource.username=postgres"))) {
            app.awaitHealthy(Duration.ofMinutes(5));
            Api api = new Api(app.port);
            Workload.Target target = Workload.prepare(api, "BENCH PG RESTART", false);
            Workload load = new Workload(api, target, Workload.members(USERS), Duration.ofMillis(500));
            load.signInAll();

            Instant start = Instant.now();
            CompletableFuture<Workload.Outcome> running = load.start(Duration.ofSeconds(SECONDS));
            Thread.sleep(SECONDS * 1000L / 3);
            Instant down = Instant.now();
            db.close(); // pg_ctl stop -m fast: open connections are terminated
            Thread.sleep(OUTAGE * 1000L);
            Instant up0 = Instant.now();
            db = postgres(data, PG_PORT);
            Instant up = Instant.now();
            Workload.Outcome out = running.get(SECONDS + 120, TimeUnit.SECONDS);

            List<String> lostComments = load.lostComments(out);
            List<Workload.Receipt> lostVotes = load.lostVotes(out);
            long unclear = out.failures.stream().filter(f -> f.status() != 503 || !f.body().contains("database cannot be reached or is too busy")).count();
            long slowest = out.failures.stream().mapToLong(Workload.Failure::millis).max().orElse(0);
            Instant lastFailure = out.failures.stream().map(Workload.Failure::at).max(Instant::compareTo).orElse(down);
            Duration recovered = Duration.between(up, out.firstOkAfter(up).orElseThrow());
            Map<Integer, Long> byStatus = new TreeMap<>();
            out.failures.forEach(f -> byStatus.merge(f.status(), 1L, Long::sum));

            report.append(USERS).append(" members for ").append(SECONDS).append(" s (think time 500 ms); PostgreSQL stopped at ")
                    .append(SECONDS / 3).append(" s for ").append(Duration.between(down, up0).toMillis()).append(" ms, back up after ")
                    .append(Duration.between(up0, up).toMillis()).append(" ms start; app not restarted\n")
                    .append(out.table())
                    .append("failed requests by status: ").append(byStatus).append("; without a clear 503 message: ").append(unclear)
                    .append("; slowest failure answered in ").append(slowest).append(" ms\n")
                    .append("first success ").append(recovered.toMillis()).append(" ms after PostgreSQL was back; last failure ")
                    .append(Duration.between(up, lastFailure).toMillis()).append(" ms after (negative: before)\n")
                    .append("failures per 5 s of the run (PostgreSQL down from ").append(Duration.between(start, down).toSeconds())
                    .append(" s to ").append(Duration.between(start, up).toSeconds()).append(" s): ").append(out.failureTimeline(start, 5)).append('\n')
                    .append("acknowledged comments: ").append(out.comments.size()).append(", lost: ").append(lostComments.size())
                    .append("; acknowledged votes: ").append(out.votes.size()).append(", not in the log: ").append(lostVotes.size()).append('\n');
            out.failures.stream().filter(f -> f.status() != 503).limit(10).forEach(f -> report.append("  unclear: ").append(f).append('\n'));
            out.failures.stream().limit(3).forEach(f -> report.append("  e.g.: ").append(f).append('\n'));
            Report.write("reliability-postgres-restart", report.toString());

            assertThat(out.failures).as("some requests met the outage").isNotEmpty();
            assertThat(unclear).as("failures without a 503 and its message").isZero();
            // Up to two waits for a connection (sign-in, then the request's own transaction) of 5 s each.
            assertThat(slowest).as("a failed request is answered promptly").isLessThan(15_000);
            assertThat(recovered).as("serves again without a restart").isLessThan(Duration.ofSeconds(15));
            assertThat(lostComments).isEmpty();
            assertThat(lostVotes).isEmpty();
        } finally {
            db.close();
        }
    }

    /** PostgreSQL on {@code data/db} and a fixed port; an existing data directory is reused, never cleaned. */
    static EmbeddedPostgres postgres(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data.resolve("db")).setPort(port)
                .setOverrideWorkingDirectory(Files.createDirectories(data.resolve("pg-runtime")).toFile())
                .setServerConfig("max_connections", "200")
                .setCleanDataDirectory(false).start();
    }
}
