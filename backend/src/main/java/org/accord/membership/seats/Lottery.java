package org.accord.membership.seats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Outcome of {@link LotteryAllocator#draw}: the drawn {@link Allocation} (or {@link Infeasible}), and the selection
 * probability of every applicant by id (in id order). For {@link LotteryMethod#LEXIMIN} these are the exact marginals
 * of the distribution the roster was drawn from; for {@link LotteryMethod#LEGACY} the map is empty, because the
 * greedy draw has no closed-form probabilities. {@code seed} and {@code method} reproduce the draw.
 */
public record Lottery(Result result, Map<String, Double> selectionProbability, long seed, LotteryMethod method) {

    public Lottery {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(method, "method");
        // keep the caller's (id) order: Map.copyOf would iterate in a per-JVM random order
        selectionProbability = selectionProbability == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(selectionProbability));
    }
}
