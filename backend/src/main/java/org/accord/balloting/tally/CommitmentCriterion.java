package org.accord.balloting.tally;

/** At least {@code minimum} voters in scope who returned a vote commit to participate (whatever their position). */
record CommitmentCriterion(VoterScope scope, int minimum) implements Criterion {

    CommitmentCriterion {
        if (minimum < 0) {
            throw new IllegalArgumentException("minimum number of commitments must not be negative (was " + minimum
                    + ")");
        }
    }

    @Override
    public String name() {
        return "at least " + minimum + " " + scope.label() + "commitments to participate";
    }

    @Override
    public Kind kind() {
        return Kind.DECISION;
    }

    @Override
    public CriterionResult evaluate(Tabulation tab) {
        long n = tab.commitments(scope);
        boolean passed = n >= minimum;
        String text = n + " " + scope.label() + "commitments to participate " + (passed ? "≥ " : "< ") + minimum
                + " required" + (passed ? "" : " — not met");
        return new CriterionResult(name(), kind(), passed, Ratio.of(n), null, Comparison.AT_LEAST,
                Ratio.of(minimum), text, null);
    }
}
