package org.accord.balloting.tally;

import java.util.Objects;

/**
 * One condition of a {@link Rule}. A criterion looks at a {@link Tabulation} and says whether it holds, with the
 * numbers behind the answer. Criteria of kind {@link Kind#VALIDITY} (quorum, participation quotas) make a ballot
 * "not valid" when they fail; criteria of kind {@link Kind#DECISION} decide whether a valid ballot passes.
 * <p>
 * Shares with nothing to measure (denominator zero, e.g. everyone abstained): a lower bound ("at least", "more
 * than") FAILS, because nothing was approved; an upper bound ("at most", "less than") PASSES, because nothing
 * exceeds it. The texts say so; nothing is ever divided by zero.
 */
public interface Criterion {

    String name();

    Kind kind();

    CriterionResult evaluate(Tabulation tabulation);

    enum Kind {
        /** Failing makes the ballot not valid (quorum, participation quota). */
        VALIDITY,
        /** Failing makes a valid ballot fail. */
        DECISION
    }

    /** Count heads or add up voting power. */
    enum Measure {
        COUNT, WEIGHT
    }

    enum Comparison {
        AT_LEAST("≥"), MORE_THAN(">"), AT_MOST("≤"), LESS_THAN("<");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean holds(Ratio value, Ratio threshold) {
            int c = value.compareTo(threshold);
            return switch (this) {
                case AT_LEAST -> c >= 0;
                case MORE_THAN -> c > 0;
                case AT_MOST -> c <= 0;
                case LESS_THAN -> c < 0;
            };
        }

        /** "at least" / "more than": a minimum to reach. */
        public boolean isLowerBound() {
            return this == AT_LEAST || this == MORE_THAN;
        }
    }

    /** What is counted in the numerator of a share. */
    enum Counted {
        POSITIVE, NEGATIVE, PRESENT
    }

    /** The denominator of a share. */
    enum Base {
        /** Positive + counted negative votes, plus abstentions if the rule counts them as votes cast. */
        VOTES_CAST,
        /** Everyone who returned a vote, abstentions and uncounted negatives included (quorum, FSC 2/3). */
        PRESENT,
        /** Everyone in scope not recused, present or absent (IETF "active members not recused", chamber power). */
        ELIGIBLE
    }

    /** Throws IllegalArgumentException unless {@code threshold} is in [0, 1]. */
    static Ratio requireThreshold(Ratio threshold, String what) {
        Objects.requireNonNull(threshold, what);
        if (threshold.signum() < 0 || threshold.compareTo(Ratio.ONE) > 0) {
            throw new IllegalArgumentException(what + " must be between 0 and 1 (was "
                    + threshold.toDecimalString(6) + ")");
        }
        return threshold;
    }

    /** The general share criterion: (counted in scope) / (base in scope) compared with a threshold in [0, 1]. */
    static Criterion share(String name, Kind kind, String countedLabel, Counted counted, Base base, VoterScope scope,
            Measure measure, Comparison comparison, Ratio threshold) {
        return new ShareCriterion(name, kind, countedLabel, counted, base, scope, measure, comparison, threshold);
    }

    /** The same share evaluated separately in every chamber; passes only if it passes in each. */
    static Criterion shareInEachChamber(String name, Kind kind, String countedLabel, Counted counted, Base base,
            Measure measure, Comparison comparison, Ratio threshold) {
        return new ChamberShareCriterion(name, kind, countedLabel, counted, base, measure, comparison, threshold);
    }

    /** Share of positive votes among votes cast, e.g. ISO "two thirds of P-members voting approve". */
    static Criterion approvalShare(VoterScope scope, Measure measure, Comparison comparison, Ratio threshold) {
        String name = "approve " + comparison.symbol() + " " + threshold.toPercentString(1) + " of "
                + scope.label() + (measure == Measure.WEIGHT ? "weighted " : "") + "votes cast";
        return share(name, Kind.DECISION, "approve", Counted.POSITIVE, Base.VOTES_CAST, scope, measure, comparison,
                threshold);
    }

    /** Share of negative votes among votes cast, e.g. ISO "not more than one quarter negative". */
    static Criterion negativeShare(VoterScope scope, Measure measure, Comparison comparison, Ratio threshold) {
        String name = "negative " + comparison.symbol() + " " + threshold.toPercentString(1) + " of "
                + scope.label() + (measure == Measure.WEIGHT ? "weighted " : "") + "votes cast";
        return share(name, Kind.DECISION, "negative", Counted.NEGATIVE, Base.VOTES_CAST, scope, measure, comparison,
                threshold);
    }

    /** Weighted share of approvals among weighted votes cast ≥ threshold (CENELEC 71 %). */
    static Criterion weightedShare(Ratio threshold) {
        return approvalShare(VoterScope.ALL, Measure.WEIGHT, Comparison.AT_LEAST, threshold);
    }

    /** Quorum: share of the electorate (not recused) present, in scope. */
    static Criterion quorum(VoterScope scope, Measure measure, Comparison comparison, Ratio threshold) {
        return share("quorum " + comparison.symbol() + " " + threshold.toPercentString(1) + " of " + scope.label()
                + (measure == Measure.WEIGHT ? "voting power" : "members") + " present", Kind.VALIDITY, "present",
                Counted.PRESENT, Base.ELIGIBLE, scope, measure, comparison, threshold);
    }

    /** Quorum in each chamber by voting power (FSC: more than 50 %). */
    static Criterion quorumInEachChamber(Comparison comparison, Ratio threshold) {
        return shareInEachChamber("quorum " + comparison.symbol() + " " + threshold.toPercentString(1)
                + " of the voting power of each chamber present", Kind.VALIDITY, "present", Counted.PRESENT,
                Base.ELIGIBLE, Measure.WEIGHT, comparison, threshold);
    }

    /** Simple majority (more than half) of the voting power cast in each chamber votes yes. */
    static Criterion majorityInEachChamber() {
        return shareInEachChamber("simple majority of voting power cast in each chamber votes yes", Kind.DECISION,
                "yes", Counted.POSITIVE, Base.VOTES_CAST, Measure.WEIGHT, Comparison.MORE_THAN, Ratio.ONE_HALF);
    }

    /** At least {@code minimum} voters in scope commit to participate (ISO NP: 5 P-members). */
    static Criterion minimumCommitments(VoterScope scope, int minimum) {
        return new CommitmentCriterion(scope, minimum);
    }

    /** At least {@code minimum} votes with this exact position (IETF: at least one Yes). */
    static Criterion atLeast(Position position, int minimum) {
        return new PositionCountCriterion(position, minimum);
    }

    /** No voter holds a {@linkplain Position#blocking() blocking} position (IETF: no Discuss). */
    static Criterion noBlockingPosition() {
        return new BlockingCriterion();
    }

    /** Validity: members of {@code constituency} returned at least {@code minimumVotes} votes (abstentions count). */
    static Criterion participationQuota(String constituency, int minimumVotes) {
        return new ParticipationQuotaCriterion(constituency, minimumVotes);
    }
}
