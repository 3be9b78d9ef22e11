package org.accord.balloting.ledger;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a published log on its own: positions run 1, 2, 3, ... in list order, every entry belongs to the
 * ballot, every entry's {@code previousHash} is the hash of the entry before it (the genesis value for the
 * first), and every entry's {@code hash} matches its contents.
 *
 * <p>Changing any field of an entry, deleting, swapping or inserting entries fails, and the first problem names
 * the first bad place in the log ("entry 17: hash does not match its contents"); "entry N" is the N-th entry of
 * the list, which is also the position it must carry. A position offset caused by one deletion or insertion is
 * reported once, not for every entry after it. At most {@value #MAX_PROBLEMS} problems are listed.
 *
 * <p>What a chain alone cannot show: someone who rewrites the log from some entry on and recomputes every later
 * hash produces a consistent chain. That is caught by comparing with a head hash published earlier, or by any
 * voter's {@link Receipt} for an entry after the rewrite point.
 */
public final class ChainVerifier {

    /** Problems listed at most; the rest are summarised in one line. */
    public static final int MAX_PROBLEMS = 100;

    private ChainVerifier() {
    }

    /** Verifies the log of the ballot named by its first entry. An empty log is valid. */
    public static Verification verify(List<LedgerEntry> entries) {
        String ballotId = entries.stream().filter(e -> e != null).map(LedgerEntry::ballotId).findFirst().orElse(null);
        return verify(ballotId, entries);
    }

    /** Verifies the log of the given ballot. An empty log is valid. */
    public static Verification verify(String ballotId, List<LedgerEntry> entries) {
        if (entries.isEmpty()) {
            return Verification.passed();
        }
        Problems problems = new Problems();
        if (ballotId == null) {
            problems.add("log has no ballot id: every entry is missing");
            return problems.verification();
        }
        String genesis = LedgerHashing.genesisHash(ballotId);
        MessageDigest sha256 = LedgerHashing.sha256();
        LedgerEntry previous = null;
        boolean previousOffsetReported = false;
        for (int i = 0; i < entries.size(); i++) {
            long place = i + 1L;
            LedgerEntry e = entries.get(i);
            if (e == null) {
                problems.add("entry " + place + ": missing (null)");
                previous = null;
                previousOffsetReported = false;
                continue;
            }
            if (e.position() != place) {
                boolean continuesReportedOffset = previousOffsetReported && previous != null
                        && e.position() == previous.position() + 1;
                if (!continuesReportedOffset) {
                    problems.add("entry " + place + ": carries position " + e.position() + ", expected " + place
                            + " (positions must run 1, 2, 3, ...; an entry was deleted, inserted or moved)");
                }
                previousOffsetReported = true;
            } else {
                previousOffsetReported = false;
            }
            if (!ballotId.equals(e.ballotId())) {
                problems.add("entry " + place + ": belongs to ballot \"" + e.ballotId() + "\", not \"" + ballotId + "\"");
            }
            if (i == 0) {
                if (!genesis.equals(e.previousHash())) {
                    problems.add("entry 1: previousHash is not the genesis value of ballot \"" + ballotId + "\"");
                }
            } else if (previous == null || !previous.hash().equals(e.previousHash())) {
                problems.add("entry " + place + ": previousHash does not match the hash of entry " + (place - 1));
            }
            if (!e.hash().equals(LedgerHashing.hashOf(e, sha256))) {
                problems.add("entry " + place + ": hash does not match its contents");
            }
            previous = e;
        }
        return problems.verification();
    }

    /** The chain head of a log: the last entry's hash, or the genesis value of an empty ballot. */
    public static String headHash(String ballotId, List<LedgerEntry> entries) {
        return entries.isEmpty() ? LedgerHashing.genesisHash(ballotId) : entries.get(entries.size() - 1).hash();
    }

    private static final class Problems {
        private final List<String> listed = new ArrayList<>();
        private long more;

        void add(String problem) {
            if (listed.size() < MAX_PROBLEMS) {
                listed.add(problem);
            } else {
                more++;
            }
        }

        Verification verification() {
            List<String> all = new ArrayList<>(listed);
            if (more > 0) {
                all.add("... and " + more + " more problem(s) not listed");
            }
            return Verification.of(all);
        }
    }
}
