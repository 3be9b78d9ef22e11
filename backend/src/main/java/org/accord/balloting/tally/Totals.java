package org.accord.balloting.tally;

/**
 * Counts and weights of one group of voters by what they did. Every voter is in exactly one of: positive, negative
 * (counted), negativeNotCounted (unreasoned, under a rule that does not count them), abstain, absent (no vote),
 * recused.
 */
public record Totals(Amount positive, Amount negative, Amount negativeNotCounted, Amount abstain, Amount absent,
        Amount recused) {

    /** Votes cast: positive + counted negative, plus abstentions when the rule counts them as votes cast. */
    public Amount cast(boolean abstentionsAreVotesCast) {
        Amount yesNo = positive.plus(negative);
        return abstentionsAreVotesCast ? yesNo.plus(abstain) : yesNo;
    }

    /** Returned a vote (any position other than recuse), including abstentions and uncounted negatives. */
    public Amount present() {
        return positive.plus(negative).plus(negativeNotCounted).plus(abstain);
    }

    /** The electorate: everyone not recused, present or absent. */
    public Amount eligible() {
        return present().plus(absent);
    }

    public Amount all() {
        return eligible().plus(recused);
    }
}
