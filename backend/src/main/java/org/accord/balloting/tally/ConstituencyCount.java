package org.accord.balloting.tally;

/**
 * Participation of one constituency. {@code votesCast} counts every returned vote (abstentions and uncounted
 * negatives included; recusals and absences not): the number a participation quota is checked against.
 */
public record ConstituencyCount(String constituency, long members, long votesCast, Totals totals) {
}
