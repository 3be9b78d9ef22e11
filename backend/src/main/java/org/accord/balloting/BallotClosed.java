package org.accord.balloting;

import java.util.UUID;

/** A ballot round closed and its result is published; {@code outcome} as in {@link BallotSummary#outcome()}. */
public record BallotClosed(UUID ballotId, int number, UUID workingGroupId, String title, String outcome) {
}
