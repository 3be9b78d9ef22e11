package org.accord.membership.seats;

import java.util.List;

/** STUB until the real one lands. */
public final class LotteryAllocator {
    public Lottery draw(SeatPlan plan, List<Applicant> pool, long seed, LotteryMethod method) {
        throw new UnsupportedOperationException("lottery not yet available");
    }
}
