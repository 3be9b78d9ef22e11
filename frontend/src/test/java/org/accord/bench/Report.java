package org.accord.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

final class Report {
    private Report() {
    }

    /** Milliseconds since {@code t0} (a {@link System#nanoTime()} reading). */
    static long ms(long t0) {
        return java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    /** "median … ms, p95 … ms, max … ms" of some timings. */
    static String stats(java.util.List<Long> times) {
        java.util.List<Long> sorted = times.stream().sorted().toList();
        return "median " + sorted.get(sorted.size() / 2) + " ms, p95 " + sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1)
                + " ms, max " + sorted.getLast() + " ms";
    }

    static void write(String name, String text) throws IOException {
        Path dir = Paths.get("target", "benchmarks");
        Files.createDirectories(dir);
        String stamped = "# " + name + " @ " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors()
                + " cores, JDK " + System.getProperty("java.version") + "\n" + text + "\n";
        Files.writeString(dir.resolve(name + ".txt"), stamped, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        System.out.println(stamped);
    }
}
