package org.accord.balloting.tally;

import static org.accord.balloting.tally.Position.ABSTAIN;
import static org.accord.balloting.tally.Position.APPROVE;
import static org.accord.balloting.tally.Position.DISAPPROVE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CenCenelecRulesTest {

    static final String COUNT = "at least 55 % of the votes cast are yes";
    static final String POPULATION = "yes votes represent at least 65 % of the population of the members voting";

    static Stream<Arguments> cenCases() {
        return Stream.of(
                // 11 of 20 = 55 % exactly; population 10*5 + 15 = 65 of 65 + 8*4 + 3 = 100 -> 65 % exactly
                Arguments.of("both exactly at the threshold",
                        new Ballot().w(10, 5, APPROVE).w("Y15", 15, APPROVE).w(8, 4, DISAPPROVE)
                                .w("N3", 3, DISAPPROVE), true, true),
                // same, but one yes member of weight 15 weighs 14: 64/99 = 64.6 %
                Arguments.of("population just under 65 %",
                        new Ballot().w(10, 5, APPROVE).w("Y14", 14, APPROVE).w(8, 4, DISAPPROVE)
                                .w("N3", 3, DISAPPROVE), true, false),
                // 11 small yes (weight 1) vs 9 big no (weight 3): count 55 %, population 11/38 = 28.9 %
                Arguments.of("count passes, population fails",
                        new Ballot().w(11, 1, APPROVE).w(9, 3, DISAPPROVE), true, false),
                // 10 of 20 = 50 %; population 10*9 = 90 of 100
                Arguments.of("population passes, count fails",
                        new Ballot().w(10, 9, APPROVE).w(10, 1, DISAPPROVE), false, true),
                // abstainers weigh 1000 and are ignored: 11/20, 65/100
                Arguments.of("abstentions ignored",
                        new Ballot().w(10, 5, APPROVE).w("Y15", 15, APPROVE).w(8, 4, DISAPPROVE)
                                .w("N3", 3, DISAPPROVE).w(5, 1000, ABSTAIN).w(3, 1000, null), true, true),
                Arguments.of("all abstain", new Ballot().w(5, 10, ABSTAIN), false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cenCases")
    void cen(String why, Ballot ballot, boolean count, boolean population) {
        TallyResult r = ballot.tally(Rule.CEN);
        assertThat(r.criterion(COUNT).passed()).as(why).isEqualTo(count);
        assertThat(r.criterion(POPULATION).passed()).as(why).isEqualTo(population);
        assertThat(r.passed()).isEqualTo(count && population);
    }

    @Test
    void cenPopulationTextShowsWeights() {
        TallyResult r = new Ballot().w(11, 1, APPROVE).w(9, 3, DISAPPROVE).tally(Rule.CEN);
        assertThat(r.criterion(COUNT).text()).isEqualTo("yes 11 of 20 votes cast = 55.0 % ≥ 55.0 %");
        assertThat(r.criterion(POPULATION).text())
                .isEqualTo("yes population 11 of 38 weighted votes cast = 28.9 % ≥ 65.0 % — not met");
        assertThat(r.summary()).contains("not met");
    }

    @Test
    void cenDecimalPopulationsAreExact() {
        // populations in millions with decimals: 0.65 of 1.00 exactly
        Ballot b = new Ballot();
        b.add(Voter.weighted("A", new java.math.BigDecimal("0.45")), APPROVE);
        b.add(Voter.weighted("B", new java.math.BigDecimal("0.20")), APPROVE);
        b.add(Voter.weighted("C", new java.math.BigDecimal("0.35")), DISAPPROVE);
        TallyResult r = b.tally(Rule.CEN); // count 2/3 >= 55 %, population 0.65 / 1.00
        assertThat(r.criterion(POPULATION).value()).isEqualTo(Ratio.percent(65));
        assertThat(r.passed()).isTrue();
    }

    // ------------------------------------------------------------------ CENELEC (weights total 96)

    static TallyResult cenelec(Set<String> no, Set<String> abstain, Set<String> absent) {
        List<Vote> votes = new ArrayList<>();
        for (Voter v : Rule.CENELEC_MEMBERS) {
            if (absent.contains(v.id())) {
                continue;
            }
            votes.add(new Vote(v.id(), no.contains(v.id()) ? DISAPPROVE
                    : abstain.contains(v.id()) ? ABSTAIN : APPROVE));
        }
        return Tally.compute(Rule.CENELEC, Rule.CENELEC_MEMBERS, votes);
    }

    static Stream<Arguments> cenelecCases() {
        return Stream.of(
                // 71 % of 96 = 68.16: yes 69 passes, yes 68 fails
                Arguments.of("no = FR DE AT DK (27): yes 69/96 = 71.9 %", Set.of("FR", "DE", "AT", "DK"), Set.of(),
                        Set.of(), true),
                Arguments.of("no = FR DE ES (28): yes 68/96 = 70.8 %", Set.of("FR", "DE", "ES"), Set.of(), Set.of(),
                        false),
                // abstentions are not votes cast: 66/86 = 76.7 % (would be 66/96 = 68.75 % if counted)
                Arguments.of("no = FR DE, UK abstains", Set.of("FR", "DE"), Set.of("UK"), Set.of(), true),
                Arguments.of("no = FR DE, UK absent", Set.of("FR", "DE"), Set.of(), Set.of("UK"), true),
                Arguments.of("unanimous", Set.of(), Set.of(), Set.of(), true),
                Arguments.of("all abstain", Set.of(), Rule.CENELEC_MEMBERS.stream().map(Voter::id)
                        .collect(java.util.stream.Collectors.toSet()), Set.of(), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cenelecCases")
    void cenelec(String why, Set<String> no, Set<String> abstain, Set<String> absent, boolean passes) {
        assertThat(cenelec(no, abstain, absent).passed()).as(why).isEqualTo(passes);
    }

    @Test
    void cenelecExactly71Percent() {
        TallyResult pass = new Ballot().w("A", 71, APPROVE).w("B", 29, DISAPPROVE).tally(Rule.CENELEC);
        assertThat(pass.passed()).isTrue();
        assertThat(pass.criteria().get(0).text()).isEqualTo("yes weight 71 of 100 weighted votes cast = 71.0 % ≥ 71.0 %");
        TallyResult fail = new Ballot().w("A", 709, APPROVE).w("B", 291, DISAPPROVE).tally(Rule.CENELEC);
        assertThat(fail.passed()).isFalse();
        assertThat(fail.criteria().get(0).text()).contains("70.9 %");
    }

    @Test
    void cenelecAbstentionDecisionIsVisibleInACustomVariant() {
        Rule counting = Rule.CENELEC.withName("CENELEC, abstentions counted")
                .withAbstentions(Rule.Abstentions.VOTES_CAST);
        List<Vote> votes = new ArrayList<>();
        Map<String, Position> p = Map.of("FR", DISAPPROVE, "DE", DISAPPROVE, "UK", ABSTAIN);
        Rule.CENELEC_MEMBERS.forEach(v -> votes.add(new Vote(v.id(), p.getOrDefault(v.id(), APPROVE))));
        assertThat(Tally.compute(Rule.CENELEC, Rule.CENELEC_MEMBERS, votes).passed()).isTrue(); // 66/86
        assertThat(Tally.compute(counting, Rule.CENELEC_MEMBERS, votes).passed()).isFalse(); // 66/96
    }
}
