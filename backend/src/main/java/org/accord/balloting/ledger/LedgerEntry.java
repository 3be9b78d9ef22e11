package org.accord.balloting.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One cast vote in a ballot's append-only log. A changed vote is a new entry with the same {@code voterToken};
 * the last one counts (see {@link LastVoteCounts}).
 *
 * <p>{@code hash} is the lowercase hex SHA-256 of the canonical bytes of every other field, including
 * {@code previousHash} (see {@link LedgerHashing}). The constructor checks only that fields are present: an
 * entry read from a published file may be tampered with, and saying so is the job of {@link ChainVerifier}.
 *
 * @param position     1-based place in the ballot's log
 * @param ballotId     the ballot this vote belongs to
 * @param voterToken   the voter as published: HMAC token for secret ballots, voter id for open ones ({@link VoterTokens})
 * @param choice       the option voted for, e.g. {@code "yes"}, {@code "no"}, {@code "abstain"}
 * @param reasoned     whether the vote comes with reasons (comments)
 * @param commentRefs  references to the comments giving the reasons, in order; empty if none
 * @param castAt       when the vote was cast
 * @param previousHash hash of the entry at {@code position - 1}, or {@link LedgerHashing#genesisHash} for position 1
 * @param hash         SHA-256 of the canonical bytes of all the fields above
 */
public record LedgerEntry(long position, String ballotId, String voterToken, String choice, boolean reasoned,
                          List<String> commentRefs, Instant castAt, String previousHash, String hash) {

    public LedgerEntry {
        Objects.requireNonNull(ballotId, "ballotId");
        Objects.requireNonNull(voterToken, "voterToken");
        Objects.requireNonNull(choice, "choice");
        commentRefs = List.copyOf(Objects.requireNonNull(commentRefs, "commentRefs"));
        Objects.requireNonNull(castAt, "castAt");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** An entry whose {@code hash} is computed from the other fields. */
    public static LedgerEntry create(long position, String ballotId, String voterToken, String choice,
                                     boolean reasoned, List<String> commentRefs, Instant castAt,
                                     String previousHash) {
        String hash = LedgerHashing.hashOf(new LedgerEntry(position, ballotId, voterToken, choice, reasoned,
                commentRefs, castAt, previousHash, ""));
        return new LedgerEntry(position, ballotId, voterToken, choice, reasoned, commentRefs, castAt,
                previousHash, hash);
    }

    /** Whether {@code hash} is the hash of this entry's contents. */
    public boolean hashMatchesContents() {
        return hash.equals(LedgerHashing.hashOf(this));
    }
}
