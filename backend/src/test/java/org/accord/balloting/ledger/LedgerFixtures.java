package org.accord.balloting.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Test data: ledgers with votes, tampered copies of entries, exports. */
final class LedgerFixtures {

    static final Instant OPENS = Instant.parse("2025-03-01T08:00:00Z");
    static final Instant CLOSES = Instant.parse("2025-03-15T18:00:00Z");
    static final List<String> CHOICES = List.of("yes", "no", "abstain");

    private LedgerFixtures() {
    }

    static String voterToken(int i) {
        return "voter-" + i;
    }

    /** A ledger with {@code n} votes by {@code voters} voters in turn (so voters vote again when n > voters). */
    static Ledger ledger(String ballotId, int n, int voters) {
        Ledger ledger = new Ledger(ballotId);
        for (int i = 0; i < n; i++) {
            ledger.append(voterToken(i % voters), CHOICES.get(i % CHOICES.size()), i % 4 == 0,
                    i % 4 == 0 ? List.of("comment-" + i) : List.of(), OPENS.plusSeconds(60L * i + 1).plusNanos(123_456_000));
        }
        return ledger;
    }

    static List<LedgerEntry> replace(List<LedgerEntry> entries, int position, UnaryOperator<LedgerEntry> change) {
        List<LedgerEntry> copy = new ArrayList<>(entries);
        copy.set(position - 1, change.apply(copy.get(position - 1)));
        return copy;
    }

    static LedgerEntry withPosition(LedgerEntry e, long v) {
        return new LedgerEntry(v, e.ballotId(), e.voterToken(), e.choice(), e.reasoned(), e.commentRefs(), e.castAt(), e.previousHash(), e.hash());
    }

    static LedgerEntry withBallotId(LedgerEntry e, String v) {
        return new LedgerEntry(e.position(), v, e.voterToken(), e.choice(), e.reasoned(), e.commentRefs(), e.castAt(), e.previousHash(), e.hash());
    }

    static LedgerEntry withVoterToken(LedgerEntry e, String v) {
        return new LedgerEntry(e.position(), e.ballotId(), v, e.choice(), e.reasoned(), e.commentRefs(), e.castAt(), e.previousHash(), e.hash());
    }

    static LedgerEntry withChoice(LedgerEntry e, String v) {
        return new LedgerEntry(e.position(), e.ballotId(), e.voterToken(), v, e.reasoned(), e.commentRefs(), e.castAt(), e.previousHash(), e.hash());
    }

    static LedgerEntry withReasoned(LedgerEntry e, boolean v) {
        return new LedgerEntry(e.position(), e.ballotId(), e.voterToken(), e.choice(), v, e.commentRefs(), e.castAt(), e.previousHash(), e.hash());
    }

    static LedgerEntry withCommentRefs(LedgerEntry e, List<String> v) {
        return new LedgerEntry(e.position(), e.ballotId(), e.voterToken(), e.choice(), e.reasoned(), v, e.castAt(), e.previousHash(), e.hash());
    }

    static LedgerEntry withCastAt(LedgerEntry e, Instant v) {
        return new LedgerEntry(e.position(), e.ballotId(), e.voterToken(), e.choice(), e.reasoned(), e.commentRefs(), v, e.previousHash(), e.hash());
    }

    static LedgerEntry withPreviousHash(LedgerEntry e, String v) {
        return new LedgerEntry(e.position(), e.ballotId(), e.voterToken(), e.choice(), e.reasoned(), e.commentRefs(), e.castAt(), v, e.hash());
    }

    static LedgerEntry withHash(LedgerEntry e, String v) {
        return new LedgerEntry(e.position(), e.ballotId(), e.voterToken(), e.choice(), e.reasoned(), e.commentRefs(), e.castAt(), e.previousHash(), v);
    }

    /** An export of a ballot with {@code voters} voters who cast {@code n} votes, with the tally {@link #simpleTally} computes. */
    static BallotExport export(String ballotId, int n, int voters) {
        Ledger ledger = ledger(ballotId, n, voters);
        List<BallotExport.Voter> list = new ArrayList<>();
        for (int i = 0; i < voters; i++) {
            list.add(new BallotExport.Voter(voterToken(i), new BigDecimal(i % 2 == 0 ? "1" : "1.5"), "chamber-" + (i % 2),
                    i % 3 == 0 ? null : "sub-" + (i % 3), "member", i % 5 != 0, List.of("c" + (i % 4))));
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("threshold", new BigDecimal("0.5"));
        parameters.put("quorum", 3L);
        parameters.put("chambers", List.of("chamber-0", "chamber-1"));
        BallotExport.Ballot ballot = new BallotExport.Ballot(ballotId, "Approve draft 3 of \"Widgets\"", "weighted-majority",
                parameters, true, OPENS, CLOSES);
        BallotExport draft = new BallotExport(ballot, list, ledger.entries(), Map.of());
        return new BallotExport(ballot, list, ledger.entries(), SIMPLE_TALLY.recompute(draft));
    }

    /** A stand-in recomputer: weighted sum of the effective votes per choice. */
    static final TallyRecomputer SIMPLE_TALLY = export -> {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        export.voters().forEach(v -> weights.put(v.token(), v.weight()));
        Map<String, Object> tally = new LinkedHashMap<>();
        for (String choice : CHOICES) {
            tally.put(choice, BigDecimal.ZERO);
        }
        LastVoteCounts.resolve(export.entries()).values().forEach(e ->
                tally.merge(e.choice(), weights.getOrDefault(e.voterToken(), BigDecimal.ZERO), (a, b) -> ((BigDecimal) a).add((BigDecimal) b)));
        tally.put("voted", (long) LastVoteCounts.resolve(export.entries()).size());
        return tally;
    };
}
