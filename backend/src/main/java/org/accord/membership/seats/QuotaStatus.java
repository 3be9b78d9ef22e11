package org.accord.membership.seats;

/**
 * Compliance of a roster with one quota. {@code actual} counts every seated holder of the attribute (under one-to-one
 * some of them may count toward another minimum; {@code met} then reflects the chosen assignment).
 */
public record QuotaStatus(String attribute, Integer min, Integer max, int actual, boolean met) {
}
