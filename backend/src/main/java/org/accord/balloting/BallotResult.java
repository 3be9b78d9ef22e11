package org.accord.balloting;

import java.util.List;

/**
 * The result of a closed round: each criterion with its numbers, breakdowns, negative votes (named only in open
 * ballots), and for weighted rounds each member's or chamber's Banzhaf power beside its weight.
 */
public record BallotResult(BallotSummary ballot, String outcome, List<CriterionRow> criteria, Counts overall,
                           List<ChamberRow> chambers, List<ConstituencyRow> constituencies,
                           List<NegativeRow> negativeVotes, List<PowerRow> power, List<String> notes, String headHash) {

    public record CriterionRow(String name, boolean passed, String text) {
    }

    /** Counts and exact weights ("n/d") per stance. */
    public record Counts(long approve, long disapprove, long disapproveWithoutReasons, long abstain, long absent,
                        String approveWeight, String disapproveWeight, String abstainWeight) {
    }

    public record ChamberRow(String chamber, Counts counts) {
    }

    public record ConstituencyRow(String constituency, String label, long members, long votesCast) {
    }

    /** {@code voter} is null in a secret ballot. */
    public record NegativeRow(String voter, boolean reasoned, boolean counted, List<String> comments) {
    }

    public record PowerRow(String name, String weight, double power, boolean zeroPower) {
    }
}
