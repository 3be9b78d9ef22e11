package org.accord.search;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Measures crosswalk suggestions against human mappings. Keys are opaque strings (clause numbers, provision references). */
final class SuggestionQuality {

    /**
     * Recall at k and what it missed.
     *
     * @param recall  macro average over the clauses that have gold mappings
     * @param evaluated number of clauses averaged over
     * @param misses  for each clause that missed something, the gold items not in its top k (in gold order)
     */
    public record Report(double recall, int evaluated, Map<String, Set<String>> misses) {
    }

    private SuggestionQuality() {
    }

    /**
     * Macro-averaged recall@k: for each clause with at least one gold item, the share of its gold items found in its
     * first k ranked items, averaged over those clauses. A clause with more than k gold items cannot reach 1. Clauses
     * without gold items are ignored; a clause with gold but no ranking counts as 0; 0 when no clause has gold.
     */
    public static double recallAtK(Map<String, Set<String>> gold, Map<String, List<String>> ranked, int k) {
        return evaluate(gold, ranked, k).recall();
    }

    /** {@link #recallAtK} together with the per-clause misses, for a report. */
    public static Report evaluate(Map<String, Set<String>> gold, Map<String, List<String>> ranked, int k) {
        if (k <= 0) {
            throw new IllegalArgumentException("k must be positive, was " + k);
        }
        double sum = 0;
        int clauses = 0;
        Map<String, Set<String>> misses = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> e : gold.entrySet()) {
            Set<String> expected = e.getValue();
            if (expected == null || expected.isEmpty()) {
                continue;
            }
            List<String> list = ranked.getOrDefault(e.getKey(), List.of());
            Set<String> top = new LinkedHashSet<>(list.subList(0, Math.min(k, list.size())));
            Set<String> missed = new LinkedHashSet<>();
            int hit = 0;
            for (String g : expected) {
                if (top.contains(g)) {
                    hit++;
                } else {
                    missed.add(g);
                }
            }
            sum += (double) hit / expected.size();
            clauses++;
            if (!missed.isEmpty()) {
                misses.put(e.getKey(), missed);
            }
        }
        return new Report(clauses == 0 ? 0.0 : sum / clauses, clauses, misses);
    }
}
