package org.accord.balloting.ledger;

import java.util.Objects;

/**
 * What a voter keeps after casting a vote, to check later that the published log holds their vote unchanged
 * ({@link Ledger#verifyReceipt}). It names no voter.
 *
 * @param ballotId              the ballot
 * @param position              the entry's position in the ballot's log
 * @param entryHash             the entry's hash at the time of casting
 * @param chainHeadHashAtAppend the chain head the entry was appended to, i.e. the hash of the entry before it
 *                              (the genesis value for position 1), which the entry's {@code previousHash} must equal
 */
public record Receipt(String ballotId, long position, String entryHash, String chainHeadHashAtAppend) {

    public Receipt {
        Objects.requireNonNull(ballotId, "ballotId");
        Objects.requireNonNull(entryHash, "entryHash");
        Objects.requireNonNull(chainHeadHashAtAppend, "chainHeadHashAtAppend");
    }
}
