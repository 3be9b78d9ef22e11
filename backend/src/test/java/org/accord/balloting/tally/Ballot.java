package org.accord.balloting.tally;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Test helper: builds an electorate and its votes. A voter added with a null position is absent. */
final class Ballot {

    final List<Voter> voters = new ArrayList<>();
    final List<Vote> votes = new ArrayList<>();
    private int next;

    Ballot add(Voter voter, Vote vote) {
        voters.add(voter);
        if (vote != null) {
            votes.add(vote);
        }
        return this;
    }

    Ballot add(Voter voter, Position position) {
        return add(voter, position == null ? null : new Vote(voter.id(), position));
    }

    /** {@code n} P-members voting {@code position} (null: absent). */
    Ballot p(int n, Position position) {
        for (int i = 0; i < n; i++) {
            add(Voter.pMember("P" + next++), position);
        }
        return this;
    }

    /** {@code n} O-members voting {@code position}. */
    Ballot o(int n, Position position) {
        for (int i = 0; i < n; i++) {
            add(Voter.oMember("O" + next++), position);
        }
        return this;
    }

    /** {@code n} P-members disapproving without reasons. */
    Ballot pUnreasoned(int n) {
        for (int i = 0; i < n; i++) {
            Voter v = Voter.pMember("P" + next++);
            add(v, Vote.disapproveWithoutReasons(v.id()));
        }
        return this;
    }

    /** {@code n} P-members voting {@code position} and committing to participate. */
    Ballot pCommitting(int n, Position position) {
        for (int i = 0; i < n; i++) {
            Voter v = Voter.pMember("P" + next++);
            add(v, new Vote(v.id(), position).committing());
        }
        return this;
    }

    Ballot oCommitting(int n, Position position) {
        for (int i = 0; i < n; i++) {
            Voter v = Voter.oMember("O" + next++);
            add(v, new Vote(v.id(), position).committing());
        }
        return this;
    }

    /** A weighted member voting {@code position}. */
    Ballot w(String id, long weight, Position position) {
        return add(Voter.weighted(id, BigDecimal.valueOf(weight)), position);
    }

    /** {@code n} weighted members of equal weight. */
    Ballot w(int n, long weight, Position position) {
        for (int i = 0; i < n; i++) {
            w("W" + next++, weight, position);
        }
        return this;
    }

    TallyResult tally(Rule rule) {
        return Tally.compute(rule, voters, votes);
    }
}
