package org.accord.balloting.tally;

import static org.accord.balloting.tally.MemberKind.INDIVIDUAL;
import static org.accord.balloting.tally.MemberKind.ORGANISATION;
import static org.accord.balloting.tally.Position.ABSTAIN;
import static org.accord.balloting.tally.Position.APPROVE;
import static org.accord.balloting.tally.Position.DISAPPROVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.accord.balloting.tally.TallyResult.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Layout used below unless stated: every sub-chamber has 3 organisations and 2 individuals. A chamber is 1/3 of the
 * power, a sub-chamber 1/6, an organisation 1/6 * 9/10 / 3 = 1/20, an individual 1/6 * 1/10 / 2 = 1/120.
 * In "chamber units" of 1/40 of a chamber: sub-chamber 20, organisation 6, individual 1.
 */
class FscRulesTest {

    static final String QUORUM = "quorum > 50.0 % of the voting power of each chamber present";
    static final String MAJORITY = "simple majority of voting power cast in each chamber votes yes";
    static final String TWO_THIRDS = "two thirds of all voting power present votes yes";
    static final List<String> CHAMBERS = List.of("environmental", "social", "economic");

    /** Positions in order org1, org2, org3, ind1, ind2 (null = absent). */
    static void sub(Ballot b, String chamber, String sub, Position... p) {
        for (int i = 0; i < 5; i++) {
            MemberKind kind = i < 3 ? ORGANISATION : INDIVIDUAL;
            b.add(Voter.inChamber(chamber + "-" + sub + "-" + i, chamber, sub, kind), p[i]);
        }
    }

    static Position[] all(Position p) {
        return new Position[] {p, p, p, p, p};
    }

    static final Position[] ABSENT = new Position[5];

    /**
     * Per chamber: north all yes (20 units); south org yes (6), org no, org abstain, ind no, ind2 as given.
     * yes 26, present 39 (or 40 with ind2 abstaining): 26/39 = 2/3 exactly.
     */
    static Ballot twoThirdsLayout(Position ind2South) {
        Ballot b = new Ballot();
        for (String c : CHAMBERS) {
            sub(b, c, "north", all(APPROVE));
            sub(b, c, "south", APPROVE, DISAPPROVE, ABSTAIN, DISAPPROVE, ind2South);
        }
        return b;
    }

    @Test
    void exactlyTwoThirdsOfPowerPresentPasses() {
        TallyResult r = twoThirdsLayout(null).tally(Rule.FSC);
        assertThat(r.criterion(QUORUM).passed()).isTrue();
        assertThat(r.criterion(MAJORITY).passed()).isTrue();
        CriterionResult t = r.criterion(TWO_THIRDS);
        assertThat(t.value()).isEqualTo(Ratio.TWO_THIRDS);
        assertThat(t.numerator()).isEqualTo(Ratio.of(26 * 3, 120)); // 26 units of 1/120 of all power, three chambers
        assertThat(t.denominator()).isEqualTo(Ratio.of(39 * 3, 120));
        assertThat(r.outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void oneMoreAbstentionTakesItJustUnder() {
        TallyResult r = twoThirdsLayout(ABSTAIN).tally(Rule.FSC); // 26/40 = 65 %
        assertThat(r.criterion(QUORUM).passed()).isTrue();
        assertThat(r.criterion(MAJORITY).passed()).isTrue(); // abstentions excluded: 26 vs 12
        assertThat(r.criterion(TWO_THIRDS).value()).isEqualTo(Ratio.of(65, 100));
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void quorumNotMetMakesTheBallotNotValid() {
        Ballot b = new Ballot();
        sub(b, "environmental", "north", all(APPROVE));
        sub(b, "environmental", "south", all(APPROVE));
        sub(b, "social", "north", all(APPROVE));
        sub(b, "social", "south", all(APPROVE));
        // economic: the north sub-chamber only: exactly 50 % present, which is not MORE than 50 %
        sub(b, "economic", "north", all(APPROVE));
        sub(b, "economic", "south", ABSENT);
        TallyResult r = b.tally(Rule.FSC);
        assertThat(r.outcome()).isEqualTo(Outcome.NOT_VALID);
        CriterionResult q = r.criterion(QUORUM);
        assertThat(q.parts()).extracting(CriterionResult::passed).containsExactly(true, true, false);
        assertThat(q.parts().get(2).value()).isEqualTo(Ratio.ONE_HALF);
        assertThat(r.summary()).startsWith("FSC General Assembly: not valid").contains("economic chamber");
    }

    @Test
    void aChamberWithNoVotesFailsItsQuorum() {
        Ballot b = new Ballot();
        for (String c : List.of("environmental", "social")) {
            sub(b, c, "north", all(APPROVE));
            sub(b, c, "south", all(APPROVE));
        }
        sub(b, "economic", "north", ABSENT);
        sub(b, "economic", "south", ABSENT);
        TallyResult r = b.tally(Rule.FSC);
        assertThat(r.outcome()).isEqualTo(Outcome.NOT_VALID);
        assertThat(r.criterion(MAJORITY).parts().get(2).text()).startsWith("no economic chamber weighted votes cast");
        ChamberBreakdown eco = r.chamber("economic");
        assertThat(eco.totals().absent().weight()).isEqualTo(Ratio.of(1, 3));
        assertThat(eco.totals().present().weight()).isEqualTo(Ratio.ZERO);
        assertThat(r.chamber("social").totals().positive().weight()).isEqualTo(Ratio.of(1, 3));
    }

    @Test
    void majorityInEachChamberIsStrictAndExcludesAbstentions() {
        Ballot b = new Ballot();
        sub(b, "environmental", "north", all(APPROVE));
        sub(b, "environmental", "south", all(APPROVE));
        sub(b, "economic", "north", all(APPROVE));
        sub(b, "economic", "south", all(APPROVE));
        // social: north yes, south no: 50 % yes is not a majority
        sub(b, "social", "north", all(APPROVE));
        sub(b, "social", "south", all(DISAPPROVE));
        TallyResult r = b.tally(Rule.FSC);
        assertThat(r.criterion(MAJORITY).parts().get(1).value()).isEqualTo(Ratio.ONE_HALF);
        assertThat(r.criterion(MAJORITY).passed()).isFalse();
        // 5/6 of power yes overall: the 2/3 alone would pass
        assertThat(r.criterion(TWO_THIRDS).value()).isEqualTo(Ratio.of(5, 6));
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);

        // social south abstains instead: majority 1 of 1 cast, 2/3 overall = 5/6 yes of all present
        Ballot c = new Ballot();
        for (String ch : List.of("environmental", "economic")) {
            sub(c, ch, "north", all(APPROVE));
            sub(c, ch, "south", all(APPROVE));
        }
        sub(c, "social", "north", all(APPROVE));
        sub(c, "social", "south", all(ABSTAIN));
        assertThat(c.tally(Rule.FSC).passed()).isTrue();
    }

    @Test
    void weightsAndBreakdownPerSubChamber() {
        TallyResult r = twoThirdsLayout(null).tally(Rule.FSC);
        ChamberBreakdown env = r.chamber("environmental");
        assertThat(env.totals().all().weight()).isEqualTo(Ratio.of(1, 3));
        Totals south = env.subChamber("south");
        assertThat(south.positive().weight()).isEqualTo(Ratio.of(1, 20)); // one organisation
        assertThat(south.negative().weight()).isEqualTo(Ratio.of(1, 20).add(Ratio.of(1, 120)));
        assertThat(south.abstain().weight()).isEqualTo(Ratio.of(1, 20));
        assertThat(south.absent().weight()).isEqualTo(Ratio.of(1, 120));
        assertThat(south.all().weight()).isEqualTo(Ratio.of(1, 6));
        assertThat(env.subChamber("north").positive().weight()).isEqualTo(Ratio.of(1, 6));
        assertThat(r.overall().all().weight()).isEqualTo(Ratio.ONE);
    }

    @Test
    void emptyKindAndEmptySubChamberLeaveTheirShareToTheRestOfTheParent() {
        Ballot b = new Ballot();
        sub(b, "environmental", "north", all(APPROVE));
        sub(b, "environmental", "south", all(APPROVE));
        sub(b, "social", "north", all(APPROVE));
        // social south: two organisations, no individuals -> each 1/12
        b.add(Voter.inChamber("soc-s-1", "social", "south", ORGANISATION), APPROVE);
        b.add(Voter.inChamber("soc-s-2", "social", "south", ORGANISATION), DISAPPROVE);
        // economic: no south members at all -> the north holds the whole 1/3
        b.add(Voter.inChamber("eco-n-1", "economic", "north", ORGANISATION), APPROVE);
        b.add(Voter.inChamber("eco-n-2", "economic", "north", INDIVIDUAL), APPROVE);
        TallyResult r = b.tally(Rule.FSC);
        Totals socSouth = r.chamber("social").subChamber("south");
        assertThat(socSouth.negative().weight()).isEqualTo(Ratio.of(1, 12));
        assertThat(r.chamber("economic").subChamber("north").all().weight()).isEqualTo(Ratio.of(1, 3));
        assertThat(r.chamber("economic").subChamber("south").all().count()).isZero();
        assertThat(r.notes()).anyMatch(n -> n.contains("social/south has no individual members"))
                .anyMatch(n -> n.contains("economic/south has no members"));
        // organisations 90 %, individuals 10 % of the whole economic chamber
        assertThat(Tally.compute(Rule.FSC, b.voters, b.votes).overall().all().weight()).isEqualTo(Ratio.ONE);
        assertThat(r.passed()).isTrue();
    }

    @Test
    void anEmptyChamberHoldsNoPowerAndFailsItsQuorum() {
        Ballot b = new Ballot();
        for (String c : List.of("environmental", "social")) {
            sub(b, c, "north", all(APPROVE));
            sub(b, c, "south", all(APPROVE));
        }
        TallyResult r = b.tally(Rule.FSC);
        assertThat(r.outcome()).isEqualTo(Outcome.NOT_VALID);
        assertThat(r.chamber("economic").totals().all().weight()).isEqualTo(Ratio.ZERO);
        assertThat(r.notes()).anyMatch(n -> n.startsWith("chamber economic has no members"));
    }

    @Test
    void unknownChamberIsRejected() {
        Ballot b = new Ballot();
        b.add(Voter.inChamber("x", "cultural", "north", ORGANISATION), APPROVE);
        assertThatThrownBy(() -> b.tally(Rule.FSC)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x'").hasMessageContaining("cultural");
        Ballot c = new Ballot();
        c.add(Voter.pMember("y"), APPROVE);
        assertThatThrownBy(() -> c.tally(Rule.FSC)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'y'");
    }

    @Test
    void allAbstain() {
        Ballot b = new Ballot();
        for (String c : CHAMBERS) {
            sub(b, c, "north", all(ABSTAIN));
            sub(b, c, "south", all(ABSTAIN));
        }
        TallyResult r = b.tally(Rule.FSC);
        assertThat(r.criterion(QUORUM).passed()).isTrue(); // abstentions are present
        assertThat(r.criterion(MAJORITY).passed()).isFalse(); // nothing cast
        assertThat(r.criterion(TWO_THIRDS).value()).isEqualTo(Ratio.ZERO);
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
    }
}
