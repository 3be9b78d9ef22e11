package org.accord.membership;

/** One quota against a roster: required bounds, the actual count, and whether it holds. */
public record ComplianceRow(String attribute, String label, Integer min, Integer max, int actual, boolean met) {
}
