package org.accord.search.elasticsearch;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.*;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A real Elasticsearch for tests: the integ-test zip (a test dependency of this module, so Maven fetches it) unzipped
 * once into {@code target/elasticsearch/}, started on a free port as an unprivileged user (Elasticsearch refuses
 * root), shared by every test in the JVM and stopped when it exits. The zip is stripped: no bundled JDK (we lend it
 * the test JVM's), no analysis-common (no language analysers) and no reindex module (no delete_by_query).
 */
public final class ElasticsearchTestServer {

    static final String VERSION = "8.19.21";
    private static final String USER = "accord-es";
    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static ElasticsearchTestServer shared;

    private Process process;
    private final ProcessBuilder builder;
    private final String url;
    private final Path runDir;
    private final Duration startTime;

    private ElasticsearchTestServer(Process process, ProcessBuilder builder, String url, Path runDir, Duration startTime) {
        this.process = process;
        this.builder = builder;
        this.url = url;
        this.runDir = runDir;
        this.startTime = startTime;
    }

    /** The server for this JVM, started on first call. */
    public static synchronized ElasticsearchTestServer get() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "elasticsearch-test-server-stop"));
        }
        return shared;
    }

    /** A server of its own, not shared, for a test that stops and restarts it; {@link #close()} removes it. */
    public static ElasticsearchTestServer startDedicated() {
        return start();
    }

    /** Stops the node (as an outage would), keeping its data and ports for {@link #restartNode()}. */
    public synchronized void stopNode() {
        destroyTree(process);
    }

    /** Starts the stopped node again on the same ports and data; returns when the cluster is yellow. */
    public synchronized void restartNode() throws IOException {
        process = builder.start();
        awaitReady(process, url, runDir.resolve("console.log"));
    }

    /** Stops a dedicated server and deletes its data. */
    public void close() {
        stop();
    }

    public String url() {
        return url;
    }

    public Duration startTime() {
        return startTime;
    }

    /** Drops an index the tests made (ignores a missing one). */
    public void deleteIndex(String name) {
        try {
            HTTP.send(HttpRequest.newBuilder(URI.create(url + "/" + name + "?ignore_unavailable=true")).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ElasticsearchTestServer start() {
        long started = System.nanoTime();
        try {
            Path home = install();
            run("id", "-u", USER).orElseRun("useradd", "--system", "--no-create-home", USER);
            // A fresh data and log directory per run: no state leaks between builds.
            Path runDir = Files.createTempDirectory(home.getParent(), "run-");
            Path data = Files.createDirectories(runDir.resolve("data"));
            Path logs = Files.createDirectories(runDir.resolve("logs"));
            run("chown", "-R", USER, home.toString(), runDir.toString()).orFail();

            int httpPort = freePort();
            int transportPort = freePort();
            Path console = runDir.resolve("console.log");
            ProcessBuilder builder = new ProcessBuilder("runuser", "-u", USER, "--", home.resolve("bin/elasticsearch").toString(),
                    "-E", "discovery.type=single-node",
                    "-E", "xpack.security.enabled=false",
                    "-E", "network.host=127.0.0.1",
                    "-E", "http.port=" + httpPort,
                    "-E", "transport.port=" + transportPort,
                    "-E", "path.data=" + data,
                    "-E", "path.logs=" + logs,
                    // A nearly full CI disk must not turn the indices read-only.
                    "-E", "cluster.routing.allocation.disk.threshold_enabled=false")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()));
            builder.environment().put("ES_JAVA_OPTS", "-Xms256m -Xmx256m");
            if (!Files.isDirectory(home.resolve("jdk"))) {
                builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home")); // the zip bundles none
            }
            builder.environment().remove("JAVA_HOME"); // only produces a warning
            Process process = builder.start();
            String url = "http://127.0.0.1:" + httpPort;
            awaitReady(process, url, console);
            return new ElasticsearchTestServer(process, builder, url, runDir, Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the Elasticsearch test server: " + e.getMessage(), e);
        }
    }

    /** Polls cluster health (this zip answers {@code GET /} with 405). */
    private static void awaitReady(Process process, String url, Path console) throws IOException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Elasticsearch exited with " + process.exitValue() + ":\n" + tail(console));
            }
            try {
                if (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
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
        throw new IllegalStateException("Elasticsearch did not become ready within " + STARTUP.toSeconds() + " s:\n" + tail(console));
    }

    /** Unzips once; extraction goes to a temporary directory and is renamed, so a half-unzipped copy is never reused. */
    private static synchronized Path install() throws IOException {
        Path root = Path.of("target", "elasticsearch").toAbsolutePath();
        Path home = root.resolve("elasticsearch-" + VERSION);
        if (Files.isExecutable(home.resolve("bin/elasticsearch"))) {
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
                if (entry.getName().contains("/bin/")) {
                    target.toFile().setExecutable(true, false); // ZipFile drops Unix modes
                }
            }
        }
        Files.move(staging.resolve("elasticsearch-" + VERSION), home, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(staging);
        return home;
    }

    /** On the test class path (as a test dependency), else in the local Maven repository. */
    private static Path findZip() {
        String name = "elasticsearch-" + VERSION + ".zip";
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (entry.endsWith(File.separator + name) && Files.isRegularFile(Path.of(entry))) {
                return Path.of(entry);
            }
        }
        String repo = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        Path zip = Path.of(repo, "org/elasticsearch/distribution/integ-test-zip/elasticsearch", VERSION, name);
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Elasticsearch test distribution not found at " + zip
                    + "; run Maven online once so it downloads the test dependency");
        }
        return zip;
    }

    private void stop() {
        destroyTree(process);
        try {
            deleteTree(runDir);
        } catch (IOException e) {
            System.err.println("Could not delete " + runDir + ": " + e.getMessage());
        }
    }

    /** runuser → launcher JVM → server JVM: terminate them all, gently first. */
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

    /** A command's outcome, for "do this unless that succeeded". */
    private record Outcome(int exit, String output, List<String> command) {
        void orElseRun(String... fallback) {
            if (exit != 0) {
                run(fallback).orFail();
            }
        }

        void orFail() {
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + exit + "): " + output
                        + " — the Elasticsearch test server must be started as root");
            }
        }
    }

    private static Outcome run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes()).strip();
            return new Outcome(p.waitFor(), output, List.of(command));
        } catch (IOException e) {
            return new Outcome(-1, e.getMessage(), List.of(command));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(-1, "interrupted", List.of(command));
        }
    }
}
