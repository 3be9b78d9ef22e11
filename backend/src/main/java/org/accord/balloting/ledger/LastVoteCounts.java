package org.accord.balloting.ledger;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The effective votes of a log: a voter may vote again, and only their last vote counts. */
public final class LastVoteCounts {

    private LastVoteCounts() {
    }

    /**
     * The effective vote per voter token: the entry with the highest position among that token's entries (on equal
     * positions, which only a broken log has, the later one in the list). The map iterates in order of each token's
     * first vote. Verify the chain first; this method trusts the entries.
     */
    public static Map<String, LedgerEntry> resolve(List<LedgerEntry> entries) {
        Map<String, LedgerEntry> last = new LinkedHashMap<>();
        for (LedgerEntry e : entries) {
            last.merge(e.voterToken(), e, (kept, next) -> next.position() >= kept.position() ? next : kept);
        }
        return Collections.unmodifiableMap(last);
    }

    /** How many effective votes each choice has (unweighted), in order of first appearance. */
    public static Map<String, Long> countByChoice(Map<String, LedgerEntry> effective) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (LedgerEntry e : effective.values()) {
            counts.merge(e.choice(), 1L, Long::sum);
        }
        return Collections.unmodifiableMap(counts);
    }
}
