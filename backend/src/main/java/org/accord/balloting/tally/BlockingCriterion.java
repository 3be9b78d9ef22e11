package org.accord.balloting.tally;

import java.util.List;

/** No voter holds a blocking position (IETF DISCUSS). */
record BlockingCriterion() implements Criterion {

    @Override
    public String name() {
        return "no blocking position";
    }

    @Override
    public Kind kind() {
        return Kind.DECISION;
    }

    @Override
    public CriterionResult evaluate(Tabulation tab) {
        List<String> blockers = tab.blockingVoters();
        boolean passed = blockers.isEmpty();
        String text = passed ? "no blocking position held"
                : "blocked: " + blockers.size() + " blocking position(s) held by " + String.join(", ", blockers);
        return new CriterionResult(name(), kind(), passed, Ratio.of(blockers.size()), null, Comparison.AT_MOST,
                Ratio.ZERO, text, null);
    }
}
