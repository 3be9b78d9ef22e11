package org.accord.balloting.ledger;

import java.util.List;

/**
 * The outcome of a check: {@code ok} exactly when there are no problems. Problems are human-readable and name the
 * entry they concern, first problem first.
 */
public record Verification(boolean ok, List<String> problems) {

    public Verification {
        problems = List.copyOf(problems);
        if (ok != problems.isEmpty()) {
            throw new IllegalArgumentException("ok must be true exactly when there are no problems");
        }
    }

    public static Verification passed() {
        return new Verification(true, List.of());
    }

    public static Verification of(List<String> problems) {
        return new Verification(problems.isEmpty(), problems);
    }

    /** The first problem, or {@code null} when ok. */
    public String firstProblem() {
        return problems.isEmpty() ? null : problems.get(0);
    }
}
