package org.accord.balloting.verify;

import org.accord.balloting.ledger.BallotExport;
import org.accord.balloting.ledger.LastVoteCounts;
import org.accord.balloting.ledger.LedgerEntry;
import org.accord.balloting.ledger.TallyRecomputer;
import org.accord.balloting.tally.*;

import java.util.*;

/**
 * Recomputes a ballot's tally from its export alone: the rule from {@code ruleParameters}, the voters as tokens, the
 * last vote per token. Found by the verifier through {@link ServiceLoader}; the platform tallies the same way.
 */
public final class TallyFromExport implements TallyRecomputer {

    @Override
    public Map<String, Object> recompute(BallotExport export) {
        Rule rule = RuleSpec.fromParameters(export.ballot().ruleParameters()).toRule();
        List<Voter> voters = new ArrayList<>();
        for (BallotExport.Voter v : export.voters()) {
            voters.add(new Voter(v.token(), v.weight(), v.chamber(), v.subChamber(),
                    v.kind() == null ? MemberKind.ORGANISATION : MemberKind.valueOf(v.kind()), v.pMember(),
                    new TreeSet<>(v.constituencies() == null ? List.of() : v.constituencies())));
        }
        return TallyMaps.of(Tally.compute(rule, voters, votes(export.entries())));
    }

    /** The effective vote of each voter token: the last one cast. */
    public static List<Vote> votes(List<LedgerEntry> entries) {
        List<Vote> votes = new ArrayList<>();
        for (LedgerEntry e : LastVoteCounts.resolve(entries).values()) {
            votes.add(new Vote(e.voterToken(), Position.valueOf(e.choice()), e.reasoned()));
        }
        votes.sort(Comparator.comparing(Vote::voterId));
        return votes;
    }
}
