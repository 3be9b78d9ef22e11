package org.accord.bench;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, load: {@code accord.load.users} (200) seated members of WG 1 read drafts, clauses, comments, search and
 * publications, file comments and vote through the REST API for {@code accord.load.seconds} (120), each pausing
 * {@code accord.load.thinkMs} (5000, uniform 0.5–1.5×) between requests. The packaged app runs as its own process on
 * the embedded PostgreSQL; this JVM is the load generator on the same two cores. Zero failed requests and zero lost
 * writes are asserted; latencies and throughput are reported.
 */
class LoadBenchmarkIT {

    static final int USERS = Integer.getInteger("accord.load.users", 200);
    static final int SECONDS = Integer.getInteger("accord.load.seconds", 120);
    /** A person reading and commenting acts every few seconds; 1000 makes it a stress test (see RELIABILITY.md). */
    static final int THINK_MS = Integer.getInteger("accord.load.thinkMs", 5000);

    @Test
    void membersReadCommentAndVote() throws Exception {
        Path data = Files.createTempDirectory("accord-bench-load");
        Path seed = Workload.seed(data.resolve("seed"), USERS);
        StringBuilder report = new StringBuilder();
        try (AppProcess app = AppProcess.start(data, 18195, "-Xmx1g", "-Daccord.seed.location=file:" + seed + "/")) {
            app.awaitHealthy(Duration.ofMinutes(10));
            Api api = new Api(app.port);
            Workload.Target target = Workload.prepare(api, "BENCH LOAD", true);
            Workload load = new Workload(api, target, Workload.members(USERS), Duration.ofMillis(THINK_MS));
            load.signInAll();

            long appCpu0 = cpuMillis(app.process.toHandle());
            long harnessCpu0 = harnessCpuMillis();
            Workload.Outcome out = load.run(Duration.ofSeconds(SECONDS), new AtomicBoolean());
            long appCpu = cpuMillis(app.process.toHandle()) - appCpu0;
            long harnessCpu = harnessCpuMillis() - harnessCpu0;

            List<String> lostComments = load.lostComments(out);
            List<Workload.Receipt> lostVotes = load.lostVotes(out);
            report.append(USERS).append(" members, ").append(SECONDS).append(" s, think time ").append(THINK_MS)
                    .append(" ms (0.5–1.5×), packaged app (embedded PostgreSQL, -Xmx1g) and this load generator on the same ")
                    .append(Runtime.getRuntime().availableProcessors()).append(" cores\n")
                    .append(out.table())
                    .append("CPU during the run: app ").append(appCpu / 1000).append(" s, load generator ").append(harnessCpu / 1000)
                    .append(" s, of ").append(SECONDS * Runtime.getRuntime().availableProcessors()).append(" core-seconds\n")
                    .append("acknowledged comments: ").append(out.comments.size()).append(", lost: ").append(lostComments.size())
                    .append("; acknowledged votes: ").append(out.votes.size()).append(", not in the log: ").append(lostVotes.size()).append('\n');
            out.failures.stream().limit(20).forEach(f -> report.append("  failed: ").append(f).append('\n'));
            Report.write("reliability-load", report.toString());

            assertThat(out.failures).as("failed requests").isEmpty();
            assertThat(lostComments).isEmpty();
            assertThat(lostVotes).isEmpty();
        }
    }

    /** CPU time of a process and its children so far (from /proc through ProcessHandle), in ms; -1 if unknown. */
    static long cpuMillis(ProcessHandle process) {
        long total = process.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        for (ProcessHandle child : process.descendants().toList()) {
            total += child.info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
        }
        return total;
    }

    static long harnessCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }
}
