package org.accord.membership.seats;

import java.util.Objects;

/**
 * A minimum and/or maximum number of seats for holders of {@code attribute} (null = no bound).
 * An attribute ending in {@code *} (see {@link SeatPlan#maxPerValue}) is a per-value cap: it is expanded
 * to one maximum for every matching attribute value present among the applicants.
 */
public record Quota(String attribute, Integer min, Integer max) {

    public Quota {
        Objects.requireNonNull(attribute, "quota attribute");
        if (attribute.isBlank()) {
            throw new IllegalArgumentException("quota attribute must not be blank");
        }
        if (min == null && max == null) {
            throw new IllegalArgumentException("quota for " + attribute + " has neither a minimum nor a maximum");
        }
        if (min != null && min < 0) {
            throw new IllegalArgumentException("minimum for " + attribute + " is negative (" + min + ")");
        }
        if (max != null && max < 0) {
            throw new IllegalArgumentException("maximum for " + attribute + " is negative (" + max + ")");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException(
                    "minimum for " + attribute + " (" + min + ") exceeds its maximum (" + max + ")");
        }
        if (min != null && isPerValue(attribute)) {
            throw new IllegalArgumentException("per-value quota " + attribute + " may only have a maximum");
        }
    }

    public static Quota min(String attribute, int min) {
        return new Quota(attribute, min, null);
    }

    public static Quota max(String attribute, int max) {
        return new Quota(attribute, null, max);
    }

    /** Converts shares of {@code seats} to counts: minimum share rounds up, maximum share rounds down. */
    public static Quota share(String attribute, Double minShare, Double maxShare, int seats) {
        if (seats < 1) {
            throw new IllegalArgumentException("seats must be at least 1, was " + seats);
        }
        checkShare(attribute, minShare);
        checkShare(attribute, maxShare);
        Integer min = minShare == null ? null : (int) Math.ceil(minShare * seats - 1e-9);
        Integer max = maxShare == null ? null : (int) Math.floor(maxShare * seats + 1e-9);
        return new Quota(attribute, min, max);
    }

    private static void checkShare(String attribute, Double share) {
        if (share != null && (share.isNaN() || share < 0 || share > 1)) {
            throw new IllegalArgumentException("share for " + attribute + " must be between 0 and 1, was " + share);
        }
    }

    static boolean isPerValue(String attribute) {
        return attribute.endsWith("*");
    }

    int minOrZero() {
        return min == null ? 0 : min;
    }
}
