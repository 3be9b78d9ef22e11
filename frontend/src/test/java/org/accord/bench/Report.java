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

    static void write(String name, String text) throws IOException {
        Path dir = Paths.get("target", "benchmarks");
        Files.createDirectories(dir);
        String stamped = "# " + name + " @ " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors()
                + " cores, JDK " + System.getProperty("java.version") + "\n" + text + "\n";
        Files.writeString(dir.resolve(name + ".txt"), stamped, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        System.out.println(stamped);
    }
}
