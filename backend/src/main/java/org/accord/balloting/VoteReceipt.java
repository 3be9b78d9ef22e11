package org.accord.balloting;

import java.time.Instant;
import java.util.UUID;

/** What the voter keeps: the log position and entry hash, to check later that the vote is in the published log. */
public record VoteReceipt(UUID ballotId, long position, String entryHash, String previousHash, Instant castAt,
                          String choice, boolean reasoned) {
}
