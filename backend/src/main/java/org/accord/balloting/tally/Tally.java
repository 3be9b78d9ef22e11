package org.accord.balloting.tally;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Counts a ballot under a {@link Rule}. Stateless; exact arithmetic throughout. */
public final class Tally {

    private Tally() {
    }

    /**
     * Tallies {@code votes} from {@code voters} (the electorate; a voter without a vote is absent) under {@code rule}.
     *
     * @throws IllegalArgumentException on an empty electorate, a duplicate voter id, a vote from an id not in the
     *                                  electorate, two votes from one voter (resolve "last vote counts" first), a
     *                                  position the rule does not allow, or weights that are all zero
     */
    public static TallyResult compute(Rule rule, List<Voter> voters, List<Vote> votes) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(voters, "voters");
        Objects.requireNonNull(votes, "votes");
        if (voters.isEmpty()) {
            throw new IllegalArgumentException("no voters: the electorate is empty");
        }
        List<Voter> electorate = List.copyOf(voters);
        int n = electorate.size();
        Map<String, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            Integer previous = index.put(electorate.get(i).id(), i);
            if (previous != null) {
                throw new IllegalArgumentException("duplicate voter id '" + electorate.get(i).id() + "'");
            }
        }
        Vote[] voteOf = new Vote[n];
        for (Vote vote : votes) {
            Objects.requireNonNull(vote, "vote");
            Integer i = index.get(vote.voterId());
            if (i == null) {
                throw new IllegalArgumentException("vote from '" + vote.voterId() + "', who is not in the voter list");
            }
            if (voteOf[i] != null) {
                throw new IllegalArgumentException("more than one vote from voter '" + vote.voterId()
                        + "' (resolve \"last vote counts\" before tallying)");
            }
            if (!rule.positions().contains(vote.position())) {
                throw new IllegalArgumentException("vote from '" + vote.voterId() + "': position "
                        + vote.position() + " is not allowed under rule " + rule.name() + " (allowed: "
                        + rule.positions() + ")");
            }
            voteOf[i] = vote;
        }
        boolean countUnreasoned = rule.unreasonedNegatives() == Rule.UnreasonedNegatives.COUNTED;
        byte[] cls = new byte[n];
        List<NegativeVote> negatives = new ArrayList<>();
        List<String> uncounted = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Vote v = voteOf[i];
            if (v == null) {
                cls[i] = Tabulation.ABSENT;
                continue;
            }
            switch (v.position().stance()) {
                case POSITIVE -> cls[i] = Tabulation.POSITIVE;
                case ABSTENTION -> cls[i] = Tabulation.ABSTAIN;
                case RECUSAL -> cls[i] = Tabulation.RECUSED;
                case NEGATIVE -> {
                    boolean counted = v.reasoned() || countUnreasoned;
                    cls[i] = counted ? Tabulation.NEGATIVE : Tabulation.NEGATIVE_NOT_COUNTED;
                    negatives.add(new NegativeVote(v.voterId(), v.position(), v.reasoned(), counted));
                    if (!counted) {
                        uncounted.add(v.voterId());
                    }
                }
            }
        }
        Weights weights = Weights.of(rule.weighting(), electorate);
        Tabulation tab = new Tabulation(rule, electorate, voteOf, cls, weights);

        List<CriterionResult> results = new ArrayList<>();
        boolean valid = true;
        boolean decided = true;
        for (Criterion c : rule.criteria()) {
            CriterionResult r = c.evaluate(tab);
            results.add(r);
            if (!r.passed()) {
                if (c.kind() == Criterion.Kind.VALIDITY) {
                    valid = false;
                } else {
                    decided = false;
                }
            }
        }
        TallyResult.Outcome outcome = !valid ? TallyResult.Outcome.NOT_VALID
                : decided ? TallyResult.Outcome.PASSED : TallyResult.Outcome.FAILED;

        List<ChamberBreakdown> chambers = new ArrayList<>();
        for (String chamber : tab.chambers()) {
            List<ChamberBreakdown.SubChamber> subs = new ArrayList<>();
            for (String s : tab.subChambers(chamber)) {
                subs.add(new ChamberBreakdown.SubChamber(s, tab.totals(VoterScope.subChamber(chamber, s))));
            }
            chambers.add(new ChamberBreakdown(chamber, tab.totals(VoterScope.chamber(chamber)), subs));
        }
        List<ConstituencyCount> constituencies = new ArrayList<>();
        tab.constituencyTotals().forEach((name, t) -> constituencies.add(
                new ConstituencyCount(name, t.all().count(), t.present().count(), t)));

        List<String> notes = new ArrayList<>(weights.notes);
        if (!uncounted.isEmpty()) {
            notes.add(uncounted.size() + " negative vote(s) without technical reasons not counted: "
                    + String.join(", ", uncounted));
        }
        return new TallyResult(rule.name(), outcome, results, tab.totals(VoterScope.ALL), chambers, constituencies,
                negatives, notes);
    }
}
