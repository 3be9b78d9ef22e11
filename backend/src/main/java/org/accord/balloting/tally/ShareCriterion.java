package org.accord.balloting.tally;

import java.util.Objects;

/** (counted in scope) / (base in scope) compared with a threshold. */
record ShareCriterion(String name, Kind kind, String countedLabel, Counted counted, Base base, VoterScope scope,
        Measure measure, Comparison comparison, Ratio threshold) implements Criterion {

    ShareCriterion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(counted, "counted");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(comparison, "comparison");
        Criterion.requireThreshold(threshold, "threshold of '" + name + "'");
        countedLabel = countedLabel == null ? counted.name().toLowerCase() : countedLabel;
    }

    @Override
    public CriterionResult evaluate(Tabulation tab) {
        Totals t = tab.totals(scope);
        Ratio num = switch (counted) {
            case POSITIVE -> t.positive().measure(measure);
            case NEGATIVE -> t.negative().measure(measure);
            case PRESENT -> t.present().measure(measure);
        };
        Ratio den = switch (base) {
            case VOTES_CAST -> t.cast(tab.abstentionsAreVotesCast()).measure(measure);
            case PRESENT -> t.present().measure(measure);
            case ELIGIBLE -> t.eligible().measure(measure);
        };
        String what = scope.label() + baseNoun();
        if (den.isZero()) {
            boolean passed = !comparison.isLowerBound();
            String text = "no " + what + ": " + countedLabel + " 0 of 0 — "
                    + (passed ? "passes, nothing exceeds " : "fails, nothing reaches ") + comparison.symbol() + " "
                    + threshold.toPercentString(1);
            return new CriterionResult(name, kind, passed, num, den, comparison, threshold, text, null);
        }
        Ratio value = num.divide(den);
        boolean passed = comparison.holds(value, threshold);
        String[] pct = Texts.percents(value, threshold);
        String text = countedLabel + " " + Texts.number(num) + " of " + Texts.number(den) + " " + what + " = " + pct[0]
                + " " + comparison.symbol() + " " + pct[1] + (passed ? "" : " — not met");
        return new CriterionResult(name, kind, passed, num, den, comparison, threshold, text, null);
    }

    private String baseNoun() {
        if (measure == Measure.COUNT) {
            return switch (base) {
                case VOTES_CAST -> "votes cast";
                case PRESENT -> "members present";
                case ELIGIBLE -> "members (not recused)";
            };
        }
        return switch (base) {
            case VOTES_CAST -> "weighted votes cast";
            case PRESENT -> "voting power present";
            case ELIGIBLE -> "voting power";
        };
    }
}
