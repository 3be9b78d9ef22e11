package org.accord.crosswalk.suggest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints how long suggestions take against 15,000 provisions; asserts only correctness, never time. Run with
 * {@code -Daccord.benchmarks=true}. Provisions are generated from the seed vocabulary with a fixed seed, so their
 * term statistics resemble real summaries and runs are comparable.
 */
@EnabledIfSystemProperty(named = "accord.benchmarks", matches = "true")
class ProvisionSuggesterTimingTest {

    static final int PROVISIONS = 15_000;
    static final int INSTRUMENTS = 150;
    static final int WARM_UP = 300;
    static final int RUNS = 200;

    @TempDir
    Path dir;

    @Test
    void suggestAgainstFifteenThousandProvisions() throws Exception {
        List<SeedCorpus.Clause> clauses = SeedCorpus.draftClauses().values().stream()
                .filter(c -> c.body() != null && !c.body().isBlank() && !c.title().isBlank()).toList();
        List<ProvisionText> provisions = synthetic(vocabulary(clauses), new Random(42));

        measure("in memory", new ProvisionSuggester(null), provisions, clauses);
        measure("on disk", new ProvisionSuggester(dir.resolve("provisions")), provisions, clauses);
    }

    private static void measure(String label, ProvisionSuggester suggester, List<ProvisionText> provisions,
                                List<SeedCorpus.Clause> clauses) {
        try (suggester) {
            long t0 = System.nanoTime();
            suggester.replaceAll(provisions);
            long buildNanos = System.nanoTime() - t0;
            assertThat(suggester.size()).isEqualTo(PROVISIONS);

            for (int i = 0; i < WARM_UP; i++) {
                SeedCorpus.Clause c = clauses.get(i % clauses.size());
                suggester.suggest(c.title(), c.body(), 10, Set.of(), Set.of());
            }
            double[] ms = new double[RUNS];
            Set<UUID> exclude = Set.of(provisions.get(0).id(), provisions.get(1).id());
            for (int i = 0; i < RUNS; i++) {
                SeedCorpus.Clause c = clauses.get(i % clauses.size());
                long s = System.nanoTime();
                List<Suggestion> found = suggester.suggest(c.title(), c.body(), 10, exclude, Set.of());
                ms[i] = (System.nanoTime() - s) / 1e6;
                assertThat(found).isNotEmpty();
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "ProvisionSuggester %s: %,d provisions indexed in %d ms; %d suggestions "
                            + "(top 10): median %.2f ms, p95 %.2f ms, max %.2f ms%n", label, PROVISIONS,
                    buildNanos / 1_000_000, RUNS, ms[RUNS / 2], ms[(int) Math.ceil(RUNS * 0.95) - 1], ms[RUNS - 1]);
        }
    }

    /** Words of the seed provisions and draft clauses, in order of appearance (duplicates kept: frequent stays frequent). */
    private static List<String> vocabulary(List<SeedCorpus.Clause> clauses) throws Exception {
        List<String> words = new ArrayList<>();
        for (ProvisionText p : SeedCorpus.provisions().values()) {
            words.addAll(words(p.heading() + " " + p.text()));
        }
        clauses.forEach(c -> words.addAll(words(c.title() + " " + c.body())));
        return words;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")).filter(w -> w.length() > 1).toList();
    }

    private static List<ProvisionText> synthetic(List<String> vocabulary, Random random) {
        List<UUID> instruments = new ArrayList<>();
        for (int i = 0; i < INSTRUMENTS; i++) {
            instruments.add(new UUID(random.nextLong(), random.nextLong()));
        }
        Set<String> distinct = new LinkedHashSet<>(vocabulary);
        List<ProvisionText> out = new ArrayList<>(PROVISIONS);
        for (int i = 0; i < PROVISIONS; i++) {
            out.add(new ProvisionText(new UUID(random.nextLong(), random.nextLong()), instruments.get(i % INSTRUMENTS),
                    "P" + i, sentence(vocabulary, 2 + random.nextInt(5), random),
                    sentence(vocabulary, 25 + random.nextInt(50), random)));
        }
        assertThat(distinct).hasSizeGreaterThan(300);
        return out;
    }

    private static String sentence(List<String> vocabulary, int words, Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        return s.toString();
    }
}
