package org.accord.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged app started as a separate JVM, the way an operator runs it ({@code java -jar}). */
final class AppProcess implements AutoCloseable {

    static final Path JAR = Paths.get("target", "accord.jar");

    final int port;
    final Process process;
    final long startedNanos;

    private AppProcess(int port, Process process, long startedNanos) {
        this.port = port;
        this.process = process;
        this.startedNanos = startedNanos;
    }

    static AppProcess start(Path dataDir, int port, String... jvmArgs) throws IOException {
        return start(dataDir, port, List.of(jvmArgs), List.of());
    }

    /** {@code appArgs}: further {@code --property=value} arguments, e.g. another node's database. */
    static AppProcess start(Path dataDir, int port, List<String> jvmArgs, List<String> appArgs) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException("Build the jar first: ./mvnw -DskipTests package");
        }
        return launch(dataDir, port, jvmArgs, List.of("-jar", JAR.toString()), appArgs);
    }

    /**
     * The app from this test JVM's class path, so that a test of the normal suite (before the jar is packaged) can
     * run it as a process of its own, e.g. to kill it.
     */
    static AppProcess startFromClassPath(Path dataDir, int port, List<String> jvmArgs, List<String> appArgs) throws IOException {
        List<String> args = new ArrayList<>(appArgs);
        args.add("--accord.embedded-db.delete-on-close=false"); // the test resources' default is a throw-away database
        return launch(dataDir, port, jvmArgs, List.of("-cp", System.getProperty("java.class.path"), "org.accord.AccordApplication"), args);
    }

    private static AppProcess launch(Path dataDir, int port, List<String> jvmArgs, List<String> main, List<String> appArgs) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.addAll(main);
        cmd.addAll(List.of("--server.port=" + port, "--accord.data-dir=" + dataDir));
        cmd.addAll(appArgs);
        Files.createDirectories(dataDir);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("app-" + port + ".log").toFile()));
        long t0 = System.nanoTime();
        return new AppProcess(port, pb.start(), t0);
    }

    /** Milliseconds from process start until /actuator/health answers UP. */
    long awaitHealthy(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("App exited with " + process.exitValue());
            }
            try {
                HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("App not healthy within " + timeout);
    }

    String jcmd(String command) throws Exception {
        Path jcmd = Paths.get(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    /** Live heap after a full GC (GC.class_histogram collects first), in bytes. */
    long liveHeapBytes() throws Exception {
        String histogram = jcmd("GC.class_histogram");
        for (String line : histogram.split("\n")) {
            if (line.startsWith("Total")) {
                String[] parts = line.trim().split("\\s+");
                return Long.parseLong(parts[2]);
            }
        }
        throw new IllegalStateException("No total in histogram:\n" + histogram);
    }

    /** {@code kill -9}: no shutdown hook, no graceful stop, in-flight requests cut off. */
    void kill() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
