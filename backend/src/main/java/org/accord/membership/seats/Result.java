package org.accord.membership.seats;

/** Outcome of {@link MeritAllocator#allocate}: an {@link Allocation} or {@link Infeasible}. */
public sealed interface Result permits Allocation, Infeasible {
}
