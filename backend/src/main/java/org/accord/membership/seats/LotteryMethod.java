package org.accord.membership.seats;

/** How {@link LotteryAllocator} draws a roster by lot. */
public enum LotteryMethod {
    /**
     * Flanigan et al., Nature 596 (2021): a distribution over rosters meeting the quotas that maximises the lowest
     * selection probability, then the second lowest, and so on; one roster is drawn from it.
     */
    LEXIMIN,
    /**
     * The Sortition Foundation's "legacy" greedy draw: seat by seat from the quota whose minimum is most urgent.
     * Meets the quotas but gives no guarantee on individual selection probabilities.
     */
    LEGACY
}
