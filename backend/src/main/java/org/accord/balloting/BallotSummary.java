package org.accord.balloting;

import java.time.Instant;
import java.util.UUID;

/** A ballot round as listed. {@code myPosition}: the caller's own current vote (null if none or not a voter). */
public record BallotSummary(UUID id, int number, UUID workingGroupId, UUID draftId, String versionLabel, String motion,
                            String title, String preset, String weighting, boolean secret, Instant opensAt,
                            Instant closesAt, String status, int voters, long votersWhoVoted, boolean callerIsVoter,
                            String myPosition, String outcome) {
}
