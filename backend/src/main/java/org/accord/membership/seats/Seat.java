package org.accord.membership.seats;

/**
 * One seat. {@code reason} in plain words. {@code countsToward}: under one-to-one the single minimum this seat fills
 * ("" if none); under count-toward-all the comma-separated minimums whose attribute the holder has ("" if none).
 */
public record Seat(Applicant applicant, int seatNumber, String reason, String countsToward) {
}
