package org.accord.balloting.tally;

import java.util.Objects;

/** At least {@code minimum} votes with exactly this position. */
record PositionCountCriterion(Position position, int minimum) implements Criterion {

    PositionCountCriterion {
        Objects.requireNonNull(position, "position");
        if (minimum < 0) {
            throw new IllegalArgumentException("minimum count must not be negative (was " + minimum + ")");
        }
    }

    @Override
    public String name() {
        return "at least " + minimum + " " + position;
    }

    @Override
    public Kind kind() {
        return Kind.DECISION;
    }

    @Override
    public CriterionResult evaluate(Tabulation tab) {
        long n = tab.count(position);
        boolean passed = n >= minimum;
        String text = n + " " + position + (passed ? " ≥ " : " < ") + minimum + " required"
                + (passed ? "" : " — not met");
        return new CriterionResult(name(), kind(), passed, Ratio.of(n), null, Comparison.AT_LEAST,
                Ratio.of(minimum), text, null);
    }
}
