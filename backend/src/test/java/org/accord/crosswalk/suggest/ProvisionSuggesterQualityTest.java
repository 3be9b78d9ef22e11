package org.accord.crosswalk.suggest;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Measures the suggester against the human crosswalk in seed-data (mappings.yaml): recall@5 over the clauses that have
 * at least one mapping other than "no relationship". Prints the figure and every miss; asserts only a modest floor, so
 * that a worse analyzer or query is noticed without making the gold data a target.
 */
class ProvisionSuggesterQualityTest {

    static final int K = 5;
    static final double FLOOR = 0.5;

    @Test
    void recallAtFiveAgainstTheHumanCrosswalk() throws Exception {
        Map<String, ProvisionText> provisions = SeedCorpus.provisions();
        Map<String, SeedCorpus.Clause> clauses = SeedCorpus.draftClauses();
        List<SeedCorpus.Mapping> mappings = SeedCorpus.mappings();

        Map<String, Set<String>> gold = new LinkedHashMap<>();
        for (SeedCorpus.Mapping m : mappings) {
            // A mapping that names a clause or provision the seed does not have would silently lower recall.
            assertThat(clauses).as("clause of %s", m).containsKey(m.clause());
            assertThat(provisions).as("provision of %s", m).containsKey(m.provisionKey());
            if (!"no relationship".equals(m.relationship())) {
                gold.computeIfAbsent(m.clause(), c -> new LinkedHashSet<>()).add(m.provisionKey());
            }
        }

        Map<UUID, String> keyOf = new HashMap<>();
        provisions.forEach((key, p) -> keyOf.put(p.id(), key));
        Map<String, List<String>> ranked = new LinkedHashMap<>();
        try (ProvisionSuggester suggester = new ProvisionSuggester(null)) {
            suggester.replaceAll(provisions.values());
            for (String number : gold.keySet()) {
                SeedCorpus.Clause c = clauses.get(number);
                ranked.put(number, suggester.suggest(c.title(), c.body(), K, Set.of(), Set.of()).stream()
                        .map(s -> keyOf.get(s.provisionId())).toList());
            }
        }

        SuggestionQuality.Report report = SuggestionQuality.evaluate(gold, ranked, K);
        double ceiling = gold.values().stream().mapToDouble(g -> Math.min(1.0, (double) K / g.size())).average().orElse(0);
        System.out.printf("Suggestion recall@%d = %.3f over %d clauses, %d gold mappings, %d provisions (ceiling %.3f)%n",
                K, report.recall(), report.evaluated(), gold.values().stream().mapToInt(Set::size).sum(),
                provisions.size(), ceiling);
        report.misses().forEach((clause, missed) -> System.out.printf("  miss %-6s %-45s missed %s; top %d %s%n",
                clause, clauses.get(clause).title(), missed, K, ranked.get(clause)));

        assertThat(report.evaluated()).isEqualTo(gold.size());
        assertThat(report.recall()).isGreaterThanOrEqualTo(FLOOR);
    }

    @Test
    void recallIsMacroAveragedOverClausesWithGold() {
        Map<String, Set<String>> gold = Map.of(
                "6.2", Set.of("a", "b"), // one of two in the top 2: 0.5
                "7.1", Set.of("c"),      // found: 1
                "8", Set.of("d"),        // nothing ranked: 0
                "9", Set.of());          // no gold: ignored
        Map<String, List<String>> ranked = Map.of(
                "6.2", List.of("a", "x", "b"),
                "7.1", List.of("y", "c"),
                "9", List.of("z"));
        SuggestionQuality.Report r = SuggestionQuality.evaluate(gold, ranked, 2);
        assertThat(r.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(r.evaluated()).isEqualTo(3);
        assertThat(r.misses()).containsOnlyKeys("6.2", "8");
        assertThat(r.misses().get("6.2")).containsExactly("b");
        assertThat(SuggestionQuality.recallAtK(gold, ranked, 3)).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(SuggestionQuality.recallAtK(Map.of(), ranked, 5)).isZero();
    }
}
