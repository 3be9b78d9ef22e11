package org.accord.balloting.tally;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of a tally: the outcome, each criterion with its numbers, the breakdown per chamber and sub-chamber,
 * the participation per constituency, and the negative votes.
 *
 * @param overall totals over all voters
 * @param notes   remarks on the input, e.g. uncounted negatives or empty sub-chambers
 */
public record TallyResult(String rule, Outcome outcome, List<CriterionResult> criteria, Totals overall,
        List<ChamberBreakdown> chambers, List<ConstituencyCount> constituencies, List<NegativeVote> negativeVotes,
        List<String> notes) {

    public enum Outcome {
        PASSED,
        /** Valid, but a decision criterion failed. */
        FAILED,
        /** A validity criterion (quorum, participation quota) failed: the ballot decides nothing. */
        NOT_VALID
    }

    public TallyResult {
        criteria = List.copyOf(criteria);
        chambers = List.copyOf(chambers);
        constituencies = List.copyOf(constituencies);
        negativeVotes = List.copyOf(negativeVotes);
        notes = List.copyOf(notes);
    }

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }

    public boolean valid() {
        return outcome != Outcome.NOT_VALID;
    }

    /** The result of the criterion with this name. */
    public CriterionResult criterion(String name) {
        return criteria.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no criterion '" + name + "' in " + criteria.stream()
                        .map(CriterionResult::name).toList()));
    }

    public ChamberBreakdown chamber(String name) {
        return chambers.stream().filter(c -> c.chamber().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no chamber '" + name + "'"));
    }

    public ConstituencyCount constituency(String name) {
        return constituencies.stream().filter(c -> c.constituency().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no constituency '" + name + "'"));
    }

    /** One line: the outcome, then the failing criteria (all criteria when passed). */
    public String summary() {
        List<CriterionResult> shown = switch (outcome) {
            case PASSED -> criteria;
            case FAILED -> criteria.stream().filter(c -> !c.passed()).toList();
            case NOT_VALID -> criteria.stream().filter(c -> !c.passed() && c.kind() == Criterion.Kind.VALIDITY)
                    .toList();
        };
        String head = switch (outcome) {
            case PASSED -> rule + ": passed";
            case FAILED -> rule + ": failed";
            case NOT_VALID -> rule + ": not valid";
        };
        return head + " — " + shown.stream().map(c -> c.name() + ": " + c.text()).collect(Collectors.joining("; "));
    }
}
