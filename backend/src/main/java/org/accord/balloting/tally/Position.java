package org.accord.balloting.tally;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A position a voter takes on a ballot. ISO/IEC/CEN/CENELEC/FSC ballots use {@link #ISO_POSITIONS}; the IETF IESG
 * uses {@link #IETF_POSITIONS}. Both sets share {@link #ABSTAIN}. Every position has a {@link Stance}, which is what
 * the criteria count: for example YES and NO_OBJECTION are both POSITIVE (the IETF 2/3 rule counts Yes + No
 * Objection), DISCUSS is NEGATIVE and {@linkplain #blocking() blocking}, RECUSE takes the voter out of the electorate.
 */
public enum Position {
    APPROVE(Stance.POSITIVE, false),
    /** ISO: approve, with comments attached. Counts exactly like APPROVE. */
    APPROVE_WITH_COMMENTS(Stance.POSITIVE, false),
    DISAPPROVE(Stance.NEGATIVE, false),
    ABSTAIN(Stance.ABSTENTION, false),
    /** IETF IESG. */
    YES(Stance.POSITIVE, false),
    /** IETF IESG: does not object; counts toward the 2/3 together with YES. */
    NO_OBJECTION(Stance.POSITIVE, false),
    /** IETF IESG: blocking position. */
    DISCUSS(Stance.NEGATIVE, true),
    /** IETF IESG: the member is not part of the electorate for this ballot. */
    RECUSE(Stance.RECUSAL, false);

    /** What a position counts as. */
    public enum Stance {
        POSITIVE, NEGATIVE, ABSTENTION, RECUSAL
    }

    public static final Set<Position> ISO_POSITIONS =
            Collections.unmodifiableSet(EnumSet.of(APPROVE, APPROVE_WITH_COMMENTS, DISAPPROVE, ABSTAIN));
    public static final Set<Position> IETF_POSITIONS =
            Collections.unmodifiableSet(EnumSet.of(YES, NO_OBJECTION, DISCUSS, ABSTAIN, RECUSE));

    private final Stance stance;
    private final boolean blocking;

    Position(Stance stance, boolean blocking) {
        this.stance = stance;
        this.blocking = blocking;
    }

    public Stance stance() {
        return stance;
    }

    /** A blocking position stops the ballot on its own (IETF DISCUSS). */
    public boolean blocking() {
        return blocking;
    }
}
