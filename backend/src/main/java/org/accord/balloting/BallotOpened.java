package org.accord.balloting;

import java.time.Instant;
import java.util.UUID;

/** A ballot round opened (published inside that transaction; its voters are already recorded). */
public record BallotOpened(UUID ballotId, int number, UUID workingGroupId, UUID draftId, String title, Instant opensAt,
                           Instant closesAt) {
}
