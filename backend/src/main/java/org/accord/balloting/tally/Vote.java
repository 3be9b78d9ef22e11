package org.accord.balloting.tally;

import java.util.Objects;

/**
 * One voter's position on a ballot.
 *
 * @param reasoned             for a negative position: it references at least one technical comment. An unreasoned
 *                             disapproval is "disapprove without reasons", which ISO DIS/FDIS does not count. Ignored
 *                             for other positions.
 * @param commitsToParticipate the voter commits to participate in the work (ISO NP: nominates an expert)
 */
public record Vote(String voterId, Position position, boolean reasoned, boolean commitsToParticipate) {

    public Vote {
        Objects.requireNonNull(voterId, "voter id");
        Objects.requireNonNull(position, "position of the vote from '" + voterId + "'");
    }

    /** A vote; a negative position given this way counts as reasoned. */
    public Vote(String voterId, Position position) {
        this(voterId, position, true, false);
    }

    public Vote(String voterId, Position position, boolean reasoned) {
        this(voterId, position, reasoned, false);
    }

    /** "Disapprove without reasons": a disapproval that references no technical comment. */
    public static Vote disapproveWithoutReasons(String voterId) {
        return new Vote(voterId, Position.DISAPPROVE, false, false);
    }

    /** The same vote, with a commitment to participate. */
    public Vote committing() {
        return new Vote(voterId, position, reasoned, true);
    }
}
