package org.accord.search;

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

/** The recall measure itself; the measurement runs against each adapter in {@link SearchIndexContract}. */
class SuggestionQualityTest {

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
