package org.accord.balloting;

import java.util.UUID;

/** A vote was cast, or the round closed, was extended or reopened (published inside that transaction). */
public record BallotChanged(UUID ballotId, UUID workingGroupId, String status) {
}
