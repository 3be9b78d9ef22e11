package org.accord.balloting.tally;

import java.util.List;

/**
 * The outcome of one criterion with the numbers behind it. For share criteria {@code numerator / denominator} is
 * compared with {@code threshold}; for count criteria {@code denominator} is null and {@code numerator} is the count.
 * Per-chamber criteria carry one part per chamber and no numbers of their own.
 */
public record CriterionResult(String name, Criterion.Kind kind, boolean passed, Ratio numerator, Ratio denominator,
        Criterion.Comparison comparison, Ratio threshold, String text, List<CriterionResult> parts) {

    public CriterionResult {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** numerator / denominator, or null when there is no denominator or it is zero. */
    public Ratio value() {
        if (numerator == null) {
            return null;
        }
        if (denominator == null) {
            return numerator;
        }
        return denominator.isZero() ? null : numerator.divide(denominator);
    }
}
