package org.accord.membership.seats;

/** How a seated person counts toward minimum quotas. Maxima always count every attribute a person holds. */
public enum CountingRule {
    /** A seated person counts toward every minimum whose attribute they hold. */
    COUNT_TOWARD_ALL,
    /** A seated person counts toward at most one minimum; the allocator chooses which (horizontal reservation). */
    ONE_TO_ONE
}
