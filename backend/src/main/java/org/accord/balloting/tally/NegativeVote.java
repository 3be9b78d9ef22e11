package org.accord.balloting.tally;

/** A negative vote (DISAPPROVE, DISCUSS). {@code counted} is false for a disapproval without reasons under ISO DIS. */
public record NegativeVote(String voterId, Position position, boolean reasoned, boolean counted) {
}
