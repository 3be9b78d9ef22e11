package org.accord.balloting.tally;

import static org.accord.balloting.tally.Position.ABSTAIN;
import static org.accord.balloting.tally.Position.APPROVE;
import static org.accord.balloting.tally.Position.APPROVE_WITH_COMMENTS;
import static org.accord.balloting.tally.Position.DISAPPROVE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.accord.balloting.tally.TallyResult.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IsoRulesTest {

    static final String A = "at least two thirds of the votes cast by P-members are approve";
    static final String B = "not more than one quarter of all votes cast are negative";

    /**
     * P-members: approve, disapprove (reasoned), disapprove without reasons, abstain, absent; O-members: approve,
     * disapprove, abstain; expected (a), (b), outcome. Hand-computed in the description.
     */
    static Stream<Arguments> disCases() {
        return Stream.of(
                c("exactly 2/3 (10/15) and exactly 1/4 negative (5/20)", 10, 5, 0, 0, 0, 5, 0, 0, true, true),
                c("just under 2/3: 199/299; negatives 100/400 = 1/4", 199, 100, 0, 0, 0, 101, 0, 0, false, true),
                c("just over 2/3: 201/301; negatives 100/400", 201, 100, 0, 0, 0, 99, 0, 0, true, true),
                c("negatives just over 1/4: 100/399", 200, 100, 0, 0, 0, 99, 0, 0, true, false),
                c("negatives exactly 1/4: 100/400", 200, 100, 0, 0, 0, 100, 0, 0, true, true),
                c("negatives 5/19 > 1/4", 10, 5, 0, 0, 0, 4, 0, 0, true, false),
                c("abstentions are not votes cast: 10/15, 5/20", 10, 5, 0, 30, 7, 5, 0, 10, true, true),
                c("unreasoned negatives not counted: 10/15 not 10/18", 10, 5, 3, 0, 0, 5, 0, 0, true, true),
                c("O-member negatives count in (b) only: 10/10, 4/14", 10, 0, 0, 0, 0, 0, 4, 0, true, false),
                c("all abstain: no votes cast", 0, 0, 0, 10, 0, 0, 0, 3, false, true),
                c("nobody votes", 0, 0, 0, 0, 10, 0, 0, 0, false, true),
                c("only unreasoned negatives: nothing cast", 0, 0, 5, 0, 0, 0, 0, 0, false, true),
                c("unanimous", 12, 0, 0, 0, 0, 0, 0, 0, true, true),
                c("12 approve, only unreasoned negatives", 12, 0, 6, 0, 0, 0, 0, 0, true, true));
    }

    static Arguments c(String why, int pA, int pD, int pU, int pAbs, int pAbsent, int oA, int oD, int oAbs,
            boolean a, boolean b) {
        return Arguments.of(why, pA, pD, pU, pAbs, pAbsent, oA, oD, oAbs, a, b);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("disCases")
    void disAndFdis(String why, int pA, int pD, int pU, int pAbs, int pAbsent, int oA, int oD, int oAbs, boolean a,
            boolean b) {
        Ballot ballot = new Ballot().p(pA, APPROVE).p(pD, DISAPPROVE).pUnreasoned(pU).p(pAbs, ABSTAIN)
                .p(pAbsent, null).o(oA, APPROVE).o(oD, DISAPPROVE).o(oAbs, ABSTAIN);
        for (Rule rule : new Rule[] {Rule.ISO_DIS, Rule.ISO_FDIS}) {
            TallyResult r = ballot.tally(rule);
            assertThat(r.criterion(A).passed()).as("(a) " + why).isEqualTo(a);
            assertThat(r.criterion(B).passed()).as("(b) " + why).isEqualTo(b);
            assertThat(r.outcome()).as(why).isEqualTo(a && b ? Outcome.PASSED : Outcome.FAILED);
            assertThat(r.negativeVotes()).hasSize(pD + pU + oD);
            assertThat(r.negativeVotes().stream().filter(n -> !n.counted()).count()).isEqualTo(pU);
        }
    }

    @Test
    void criterionCarriesTheNumbers() {
        TallyResult r = new Ballot().p(14, APPROVE).p(6, DISAPPROVE).p(3, ABSTAIN).tally(Rule.ISO_DIS);
        CriterionResult a = r.criterion(A);
        assertThat(a.numerator()).isEqualTo(Ratio.of(14));
        assertThat(a.denominator()).isEqualTo(Ratio.of(20));
        assertThat(a.threshold()).isEqualTo(Ratio.TWO_THIRDS);
        assertThat(a.text()).isEqualTo("approve 14 of 20 P-member votes cast = 70.0 % ≥ 66.7 %");
        assertThat(r.criterion(B).text()).isEqualTo("negative 6 of 20 votes cast = 30.0 % ≤ 25.0 % — not met");
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(r.summary()).contains("failed").contains("30.0 %");
    }

    @Test
    void allAbstainFailsWithoutDividingByZero() {
        TallyResult r = new Ballot().p(5, ABSTAIN).o(2, ABSTAIN).tally(Rule.ISO_DIS);
        assertThat(r.passed()).isFalse();
        assertThat(r.criterion(A).value()).isNull();
        assertThat(r.criterion(A).text()).startsWith("no P-member votes cast").contains("fails");
        assertThat(r.criterion(B).text()).contains("passes");
    }

    @Test
    void approveWithCommentsCountsAsApprove() {
        TallyResult r = new Ballot().p(5, APPROVE_WITH_COMMENTS).p(5, APPROVE).p(5, DISAPPROVE).o(5, APPROVE)
                .tally(Rule.ISO_DIS);
        assertThat(r.passed()).isTrue();
    }

    @Test
    void unreasonedNegativesAreListedAndNoted() {
        TallyResult r = new Ballot().p(10, APPROVE).pUnreasoned(2).tally(Rule.ISO_DIS);
        assertThat(r.negativeVotes()).extracting(NegativeVote::reasoned, NegativeVote::counted)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(false, false));
        assertThat(r.notes()).anyMatch(n -> n.contains("2 negative vote(s) without technical reasons not counted"));
        assertThat(r.overall().negativeNotCounted().count()).isEqualTo(2);
        assertThat(r.overall().negative().count()).isZero();
    }

    // ------------------------------------------------------------------ CD

    static Stream<Arguments> cdCases() {
        return Stream.of(
                Arguments.of("exactly 2/3", new Ballot().p(10, APPROVE).p(5, DISAPPROVE), true),
                Arguments.of("just under: 199/299", new Ballot().p(199, APPROVE).p(100, DISAPPROVE), false),
                Arguments.of("abstentions excluded, O-members ignored",
                        new Ballot().p(10, APPROVE).p(5, DISAPPROVE).p(20, ABSTAIN).o(10, DISAPPROVE), true),
                Arguments.of("unreasoned negatives ARE counted in CD: 10/18",
                        new Ballot().p(10, APPROVE).p(5, DISAPPROVE).pUnreasoned(3), false),
                Arguments.of("all abstain", new Ballot().p(10, ABSTAIN), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cdCases")
    void cd(String why, Ballot ballot, boolean passes) {
        assertThat(ballot.tally(Rule.ISO_CD).passed()).as(why).isEqualTo(passes);
    }

    // ------------------------------------------------------------------ NP

    static Stream<Arguments> npCases() {
        return Stream.of(
                Arguments.of("6 of 11 approve, 5 commit", new Ballot().pCommitting(5, APPROVE).p(1, APPROVE)
                        .p(5, DISAPPROVE), true, true),
                Arguments.of("exactly half is not a majority", new Ballot().pCommitting(5, APPROVE)
                        .p(5, DISAPPROVE), false, true),
                Arguments.of("only 4 commit", new Ballot().pCommitting(4, APPROVE).p(2, APPROVE).p(5, DISAPPROVE),
                        true, false),
                Arguments.of("O-member commitments do not count", new Ballot().pCommitting(4, APPROVE)
                        .p(2, APPROVE).p(5, DISAPPROVE).oCommitting(3, APPROVE), true, false),
                Arguments.of("commitments count whatever the position; abstentions excluded from the majority",
                        new Ballot().p(6, APPROVE).pCommitting(2, DISAPPROVE).pCommitting(3, ABSTAIN)
                                .p(3, DISAPPROVE), true, true),
                Arguments.of("all abstain, 5 commit", new Ballot().pCommitting(5, ABSTAIN), false, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("npCases")
    void np(String why, Ballot ballot, boolean majority, boolean commitments) {
        TallyResult r = ballot.tally(Rule.ISO_NP);
        assertThat(r.criterion("simple majority of P-members voting approve").passed()).as(why).isEqualTo(majority);
        assertThat(r.criterion("at least 5 P-member commitments to participate").passed()).as(why)
                .isEqualTo(commitments);
        assertThat(r.passed()).isEqualTo(majority && commitments);
    }
}
