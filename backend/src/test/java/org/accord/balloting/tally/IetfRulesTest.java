package org.accord.balloting.tally;

import static org.accord.balloting.tally.Position.ABSTAIN;
import static org.accord.balloting.tally.Position.APPROVE;
import static org.accord.balloting.tally.Position.DISCUSS;
import static org.accord.balloting.tally.Position.NO_OBJECTION;
import static org.accord.balloting.tally.Position.RECUSE;
import static org.accord.balloting.tally.Position.YES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IetfRulesTest {

    static final String TWO_THIRDS = "Yes + No Objection at least two thirds of the active members not recused";

    static Ballot iesg(int yes, int noObj, int discuss, int abstain, int recuse, int silent) {
        return new Ballot().p(yes, YES).p(noObj, NO_OBJECTION).p(discuss, DISCUSS).p(abstain, ABSTAIN)
                .p(recuse, RECUSE).p(silent, null);
    }

    @ParameterizedTest(name = "yes={0} noObj={1} discuss={2} abstain={3} recuse={4} silent={5}: {6}/{7}")
    @CsvSource({
            // yes, noObj, discuss, abstain, recuse, silent, standards track, other
            "1, 9, 0, 0, 0, 5, true, true", // 10/15 = 2/3 exactly
            "1, 8, 0, 0, 0, 6, false, true", // 9/15
            "1, 7, 0, 1, 3, 3, true, true", // 8/12 = 2/3 exactly: recused leave the base
            "1, 7, 0, 2, 2, 3, false, true", // 8/13
            "14, 0, 1, 0, 0, 0, false, false", // a single Discuss blocks
            "0, 15, 0, 0, 0, 0, false, false", // no Yes
            "0, 0, 0, 15, 0, 0, false, false", // all abstain
            "1, 0, 0, 0, 0, 14, false, true", // one Yes, nobody else
            "0, 0, 0, 0, 15, 0, false, false" // everybody recused: no base, no Yes
    })
    void iesg(int yes, int noObj, int discuss, int abstain, int recuse, int silent, boolean standardsTrack,
            boolean other) {
        Ballot b = iesg(yes, noObj, discuss, abstain, recuse, silent);
        assertThat(b.tally(Rule.IETF).passed()).isEqualTo(standardsTrack);
        assertThat(b.tally(Rule.IETF_NON_STANDARDS_TRACK).passed()).isEqualTo(other);
    }

    @Test
    void discussIsNamed() {
        TallyResult r = new Ballot().p(13, YES).add(Voter.pMember("ad-sec"), DISCUSS).p(1, NO_OBJECTION)
                .tally(Rule.IETF);
        assertThat(r.criterion("no blocking position").text()).contains("ad-sec");
        assertThat(r.negativeVotes()).extracting(NegativeVote::voterId).containsExactly("ad-sec");
        assertThat(r.criterion(TWO_THIRDS).text())
                .isEqualTo("Yes + No Objection 14 of 15 members (not recused) = 93.3 % ≥ 66.7 %");
    }

    @Test
    void isoPositionsAreRejectedUnderIetf() {
        Ballot b = new Ballot().p(1, APPROVE);
        assertThatThrownBy(() -> b.tally(Rule.IETF)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("APPROVE").hasMessageContaining("IETF");
        Ballot c = new Ballot().p(1, YES);
        assertThatThrownBy(() -> c.tally(Rule.ISO_DIS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("YES");
    }
}
