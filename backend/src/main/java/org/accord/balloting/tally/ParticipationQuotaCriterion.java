package org.accord.balloting.tally;

import java.util.Objects;

/**
 * Validity: members of a constituency returned at least {@code minimumVotes} votes. Any returned position counts
 * (abstentions and uncounted negatives too: they show participation); recusals and absences do not.
 */
record ParticipationQuotaCriterion(String constituency, int minimumVotes) implements Criterion {

    ParticipationQuotaCriterion {
        Objects.requireNonNull(constituency, "constituency");
        if (minimumVotes < 0) {
            throw new IllegalArgumentException("participation quota must not be negative (was " + minimumVotes + ")");
        }
    }

    @Override
    public String name() {
        return "participation quota " + constituency;
    }

    @Override
    public Kind kind() {
        return Kind.VALIDITY;
    }

    @Override
    public CriterionResult evaluate(Tabulation tab) {
        long n = tab.totals(VoterScope.constituency(constituency)).present().count();
        boolean passed = n >= minimumVotes;
        String text = passed
                ? "participation quota " + constituency + " met: " + n + " votes cast ≥ " + minimumVotes + " required"
                : "not valid: participation quota " + constituency + " not met: " + n + " votes cast, "
                        + minimumVotes + " required";
        return new CriterionResult(name(), kind(), passed, Ratio.of(n), null, Comparison.AT_LEAST,
                Ratio.of(minimumVotes), text, null);
    }
}
