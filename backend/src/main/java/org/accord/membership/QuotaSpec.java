package org.accord.membership;

/**
 * One quota of a seat plan: a minimum and/or maximum, each as a count or a percentage of the seats (not both).
 * {@code attribute}: {@code group:SME}, {@code global-majority}, {@code region:AFRICAN}, {@code country:KE} or
 * {@code country:*} (at most {@code max} per country). {@code label} is filled on read and ignored on write.
 */
public record QuotaSpec(String attribute, String label, Integer min, Integer max, Double minPercent,
                        Double maxPercent) {

    public static QuotaSpec of(String attribute, Integer min, Integer max) {
        return new QuotaSpec(attribute, null, min, max, null, null);
    }

    public static QuotaSpec percent(String attribute, Double minPercent, Double maxPercent) {
        return new QuotaSpec(attribute, null, null, null, minPercent, maxPercent);
    }
}
