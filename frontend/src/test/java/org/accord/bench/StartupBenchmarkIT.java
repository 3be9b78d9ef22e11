package org.accord.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * From {@code java -jar} to /actuator/health UP, with the embedded database already initialised
 * and seeded by a first start. Measures; asserts nothing about time.
 */
class StartupBenchmarkIT {

    @Test
    void startupToHealthy() throws Exception {
        Path data = Files.createTempDirectory("accord-bench-startup");
        int port = 18181;
        long first;
        try (AppProcess app = AppProcess.start(data, port)) {
            first = app.awaitHealthy(Duration.ofMinutes(3));
        }
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            try (AppProcess app = AppProcess.start(data, port)) {
                runs.add(app.awaitHealthy(Duration.ofMinutes(2)));
            }
        }
        List<Long> sorted = runs.stream().sorted().toList();
        Report.write("startup", "first start (initdb + migrations + seed): " + first + " ms\n"
                + "warm starts (existing database), ms: " + runs.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + "\nmedian: " + sorted.get(sorted.size() / 2) + " ms, min: " + sorted.getFirst() + " ms, max: " + sorted.getLast() + " ms");
    }
}
