package org.accord.balloting;

import java.time.Instant;
import java.util.UUID;

/** An open round was extended, or a closed one reopened, to a new close (published inside that transaction). */
public record BallotDeadlineChanged(UUID ballotId, int number, UUID workingGroupId, String title, Instant closesAt) {
}
