package org.accord.balloting.tally;

import static org.accord.balloting.tally.Position.ABSTAIN;
import static org.accord.balloting.tally.Position.APPROVE;
import static org.accord.balloting.tally.Position.DISAPPROVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.accord.balloting.tally.Criterion.Comparison;
import org.accord.balloting.tally.Criterion.Measure;
import org.accord.balloting.tally.TallyResult.Outcome;
import org.junit.jupiter.api.Test;

class ValidationAndCustomRuleTest {

    @Test
    void negativeWeight() {
        assertThatThrownBy(() -> Voter.weighted("DE", -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("voter 'DE': weight must not be negative (was -1)");
    }

    @Test
    void allZeroWeights() {
        Ballot b = new Ballot().w("A", 0, APPROVE).w("B", 0, DISAPPROVE);
        assertThatThrownBy(() -> b.tally(Rule.CENELEC)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("all voter weights are zero");
        // under one member one vote the members' own weights are not used
        assertThat(b.tally(Rule.ISO_CD).outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void thresholdsOutsideZeroOne() {
        assertThatThrownBy(() -> Criterion.weightedShare(Ratio.parse("1.5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 1")
                .hasMessageContaining("1.5");
        assertThatThrownBy(() -> Criterion.approvalShare(VoterScope.ALL, Measure.COUNT, Comparison.AT_LEAST,
                Ratio.of(-1, 10))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-0.1");
        assertThatThrownBy(() -> WeightingScheme.chambers(List.of("a"), List.of("n"), Ratio.of(3, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("organisation share");
        assertThatThrownBy(() -> Criterion.minimumCommitments(VoterScope.P_MEMBERS, -1))
                .isInstanceOf(IllegalArgumentException.class);
        // the bounds themselves are fine
        assertThat(Criterion.weightedShare(Ratio.ONE)).isNotNull();
        assertThat(Criterion.weightedShare(Ratio.ZERO)).isNotNull();
    }

    @Test
    void duplicateVote() {
        List<Voter> voters = List.of(Voter.pMember("FR"), Voter.pMember("DE"));
        List<Vote> votes = List.of(new Vote("FR", APPROVE), new Vote("DE", APPROVE), new Vote("FR", DISAPPROVE));
        assertThatThrownBy(() -> Tally.compute(Rule.ISO_DIS, voters, votes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than one vote from voter 'FR'");
    }

    @Test
    void voteFromNonVoter() {
        List<Voter> voters = List.of(Voter.pMember("FR"));
        assertThatThrownBy(() -> Tally.compute(Rule.ISO_DIS, voters, List.of(new Vote("XX", APPROVE))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vote from 'XX', who is not in the voter list");
    }

    @Test
    void duplicateVoterAndEmptyElectorate() {
        assertThatThrownBy(() -> Tally.compute(Rule.ISO_DIS, List.of(Voter.pMember("FR"), Voter.oMember("FR")),
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate voter id 'FR'");
        assertThatThrownBy(() -> Tally.compute(Rule.ISO_DIS, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no voters");
    }

    @Test
    void ruleNeedsCriteria() {
        assertThatThrownBy(() -> Rule.builder("empty").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no criteria");
    }

    @Test
    void participationQuotaMakesTheBallotNotValid() {
        Rule rule = Rule.builder("working group, consumers must take part")
                .criterion(Criterion.approvalShare(VoterScope.ALL, Measure.COUNT, Comparison.MORE_THAN,
                        Ratio.ONE_HALF))
                .criterion(Criterion.participationQuota("consumers", 3))
                .build();
        Ballot b = new Ballot()
                .add(Voter.pMember("c1").withConstituencies("consumers"), ABSTAIN)
                .add(Voter.pMember("c2").withConstituencies("consumers", "smes"), APPROVE)
                .add(Voter.pMember("c3").withConstituencies("consumers"), (Position) null)
                .add(Voter.pMember("i1").withConstituencies("industry"), APPROVE)
                .add(Voter.pMember("i2").withConstituencies("industry"), APPROVE);
        TallyResult r = b.tally(rule);
        assertThat(r.outcome()).isEqualTo(Outcome.NOT_VALID);
        assertThat(r.summary()).contains("not valid: participation quota consumers not met: 2 votes cast, 3 required");
        assertThat(r.constituency("consumers").votesCast()).isEqualTo(2);
        assertThat(r.constituency("consumers").members()).isEqualTo(3);
        assertThat(r.constituency("industry").votesCast()).isEqualTo(2);
        assertThat(r.constituency("smes").totals().positive().count()).isEqualTo(1);
        assertThat(r.constituencies()).extracting(ConstituencyCount::constituency)
                .containsExactly("consumers", "industry", "smes");

        Ballot enough = new Ballot()
                .add(Voter.pMember("c1").withConstituencies("consumers"), ABSTAIN)
                .add(Voter.pMember("c2").withConstituencies("consumers"), APPROVE)
                .add(Voter.pMember("c3").withConstituencies("consumers"), DISAPPROVE);
        // valid now (3 votes cast, the abstention counts), but 1 approve of 2 cast is not MORE than half
        assertThat(enough.tally(rule).outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void customWeightedRuleWithQuorum() {
        Rule rule = Rule.builder("weighted, quorum 60 %")
                .weighting(WeightingScheme.perMember())
                .criterion(Criterion.quorum(VoterScope.ALL, Measure.WEIGHT, Comparison.AT_LEAST, Ratio.percent(60)))
                .criterion(Criterion.weightedShare(Ratio.percent(50)))
                .build();
        Ballot b = new Ballot().add(Voter.weighted("A", new BigDecimal("2.5")), APPROVE)
                .add(Voter.weighted("B", new BigDecimal("0.5")), DISAPPROVE)
                .add(Voter.weighted("C", new BigDecimal("2")), (Position) null);
        TallyResult r = b.tally(rule); // present 3 of 5 = 60 %, yes 2.5 of 3
        assertThat(r.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(r.criteria().get(0).text()).isEqualTo("present 3 of 5 voting power = 60.0 % ≥ 60.0 %");
    }
}
