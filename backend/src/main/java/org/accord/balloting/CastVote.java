package org.accord.balloting;

import org.accord.balloting.tally.Position;

import java.util.List;
import java.util.UUID;

/**
 * A vote. A disapproval must name at least one technical comment of the voter on the balloted draft, otherwise it is
 * recorded as "disapprove without reasons". {@code idempotencyKey}: a client key; a repeat is refused, not recorded.
 */
public record CastVote(Position position, List<UUID> commentIds, String idempotencyKey) {
}
