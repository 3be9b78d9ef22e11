package org.accord.membership.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MeritAllocatorTest {

    private final MeritAllocator allocator = new MeritAllocator();

    private static Applicant ap(String id, int rank, String... attrs) {
        return new Applicant(id, rank, attrs);
    }

    private Allocation allocation(SeatPlan plan, List<Applicant> pool) {
        Result r = allocator.allocate(plan, pool);
        assertThat(r).isInstanceOf(Allocation.class);
        return (Allocation) r;
    }

    private static final List<Applicant> TRAP = List.of(
            ap("A", 1, "group:SME", "indigenous"), ap("B", 2, "group:SME"), ap("C", 3), ap("D", 4, "indigenous"));

    @ParameterizedTest
    @EnumSource(CountingRule.class)
    void greedyTrapGivesAB(CountingRule rule) {
        SeatPlan plan = new SeatPlan(2, List.of(Quota.min("group:SME", 1), Quota.min("indigenous", 1)), rule);
        Allocation a = allocation(plan, TRAP);
        assertThat(a.seatedIds()).containsExactly("A", "B");
        assertThat(a.compliance()).allMatch(QuotaStatus::met);
        assertThat(a.displaced()).isEmpty();
        if (rule == CountingRule.ONE_TO_ONE) {
            assertThat(a.seats().get(0).countsToward()).isEqualTo("indigenous");
            assertThat(a.seats().get(1).countsToward()).isEqualTo("group:SME");
        } else {
            assertThat(a.seats().get(0).countsToward()).isEqualTo("group:SME, indigenous");
        }
    }

    @Test
    void countTowardAllAndOneToOneGiveDifferentRosters() {
        List<Applicant> pool = List.of(ap("A", 1, "group:SME", "indigenous"), ap("B", 2), ap("C", 3, "group:SME"));
        List<Quota> quotas = List.of(Quota.min("group:SME", 1), Quota.min("indigenous", 1));
        assertThat(allocation(new SeatPlan(2, quotas, CountingRule.COUNT_TOWARD_ALL), pool).seatedIds())
                .containsExactly("A", "B");
        Allocation oneToOne = allocation(new SeatPlan(2, quotas, CountingRule.ONE_TO_ONE), pool);
        assertThat(oneToOne.seatedIds()).containsExactly("A", "C");
        assertThat(oneToOne.seats().get(0).countsToward()).isEqualTo("indigenous");
        assertThat(oneToOne.seats().get(1).reason()).isEqualTo("rank 3, seated to meet the minimum for group:SME (1)");
        assertThat(oneToOne.displaced()).singleElement().satisfies(d -> {
            assertThat(d.notSeated().id()).isEqualTo("B");
            assertThat(d.seatedInstead().id()).isEqualTo("C");
        });
    }

    @ParameterizedTest
    @EnumSource(CountingRule.class)
    void maximumKeepsThirdGovernmentOut(CountingRule rule) {
        List<Applicant> pool = List.of(ap("G1", 1, "group:GOVERNMENT"), ap("G2", 2, "group:GOVERNMENT"),
                ap("G3", 3, "group:GOVERNMENT"), ap("X", 4, "group:SME"), ap("Y", 5));
        Allocation a = allocation(new SeatPlan(3, List.of(Quota.max("group:GOVERNMENT", 2)), rule), pool);
        assertThat(a.seatedIds()).containsExactly("G1", "G2", "X");
        assertThat(a.displaced()).singleElement().satisfies(d -> {
            assertThat(d.notSeated().id()).isEqualTo("G3");
            assertThat(d.quota()).isEqualTo("maximum for group:GOVERNMENT (2) already reached");
            assertThat(d.seatedInstead().id()).isEqualTo("X");
        });
        assertThat(a.compliance()).containsExactly(new QuotaStatus("group:GOVERNMENT", null, 2, 2, true));
        assertThat(a.seats().get(2).reason()).startsWith("rank 4, seated on merit after better-ranked");
    }

    @Test
    void perCountryCap() {
        List<Applicant> pool = List.of(ap("K1", 1, "country:KE"), ap("K2", 2, "country:KE"),
                ap("N1", 3, "country:NG"), ap("N2", 4, "country:NG"), ap("U", 5, "country:US"));
        SeatPlan plan = new SeatPlan(3, List.of(SeatPlan.maxPerValue("country:", 1)), CountingRule.COUNT_TOWARD_ALL);
        Allocation a = allocation(plan, pool);
        assertThat(a.seatedIds()).containsExactly("K1", "N1", "U");
        assertThat(a.compliance()).extracting(QuotaStatus::attribute)
                .containsExactly("country:KE", "country:NG", "country:US");
        assertThat(a.displaced()).extracting(d -> d.notSeated().id()).containsExactly("K2", "N2");
    }

    @Test
    void explicitQuotaCombinesWithPerValueCap() {
        SeatPlan plan = new SeatPlan(4, List.of(Quota.max("country:KE", 3), SeatPlan.maxPerValue("country:", 2)),
                CountingRule.COUNT_TOWARD_ALL);
        List<Applicant> pool = List.of(ap("K1", 1, "country:KE"), ap("K2", 2, "country:KE"),
                ap("K3", 3, "country:KE"), ap("N1", 4, "country:NG"), ap("N2", 5, "country:NG"));
        assertThat(allocation(plan, pool).seatedIds()).containsExactly("K1", "K2", "N1", "N2");
    }

    @Test
    void tiesInRankAreBrokenById() {
        List<Applicant> pool = List.of(ap("b", 1), ap("c", 1), ap("a", 1), ap("z", 0));
        Allocation a = allocation(new SeatPlan(3, List.of(), CountingRule.COUNT_TOWARD_ALL), pool);
        assertThat(a.seatedIds()).containsExactly("z", "a", "b");
        assertThat(a.seats()).extracting(Seat::seatNumber).containsExactly(1, 2, 3);
    }

    @Test
    void fewerApplicantsThanSeats() {
        List<Applicant> pool = List.of(ap("A", 1, "group:GOVERNMENT"), ap("B", 2, "group:GOVERNMENT"),
                ap("C", 3, "group:GOVERNMENT"));
        Allocation all = allocation(new SeatPlan(5, List.of(), CountingRule.ONE_TO_ONE), pool);
        assertThat(all.seatedIds()).containsExactly("A", "B", "C");
        assertThat(all.notes()).containsExactly("only 3 applicants for 5 seats: 3 seated, 2 left vacant");
        Allocation capped = allocation(
                new SeatPlan(5, List.of(Quota.max("group:GOVERNMENT", 2)), CountingRule.ONE_TO_ONE), pool);
        assertThat(capped.seatedIds()).containsExactly("A", "B");
        assertThat(capped.notes()).containsExactly("only 3 applicants for 5 seats: 2 seated, 3 left vacant");
    }

    @ParameterizedTest
    @EnumSource(CountingRule.class)
    void infeasibleMinimumProposesRelaxation(CountingRule rule) {
        List<Applicant> pool = List.of(ap("A", 1, "indigenous"), ap("B", 2), ap("C", 3), ap("D", 4));
        Result r = allocator.allocate(new SeatPlan(3, List.of(Quota.min("indigenous", 2)), rule), pool);
        assertThat(r).isInstanceOf(Infeasible.class);
        Infeasible inf = (Infeasible) r;
        assertThat(inf.conflicts()).contains("indigenous minimum 2 but only 1 eligible applicant");
        assertThat(inf.smallestRelaxation()).containsExactly(new Relaxation("indigenous", "min", 2, 1));
        assertThat(inf.smallestRelaxation().get(0)).hasToString("minimum for indigenous: change from 2 to 1");
    }

    @Test
    void oneToOneOverlapConflictIsNamed() {
        List<Applicant> pool = List.of(ap("A", 1, "group:SME", "group:CIVIL_SOCIETY"),
                ap("B", 2, "group:SME", "group:CIVIL_SOCIETY"), ap("C", 3, "group:SME", "group:CIVIL_SOCIETY"),
                ap("D", 4), ap("E", 5), ap("F", 6));
        SeatPlan plan = new SeatPlan(5, List.of(Quota.min("group:SME", 2), Quota.min("group:CIVIL_SOCIETY", 2)),
                CountingRule.ONE_TO_ONE);
        Infeasible inf = (Infeasible) allocator.allocate(plan, pool);
        assertThat(inf.conflicts()).containsExactly("minimums for group:SME (2) and group:CIVIL_SOCIETY (2) need 4"
                + " distinct applicants under one-to-one but only 3 hold any of these attributes");
        assertThat(inf.smallestRelaxation()).hasSize(1);
        assertThat(inf.smallestRelaxation().get(0).from() - inf.smallestRelaxation().get(0).to()).isEqualTo(1);
        // the same pool is fine when people count toward every group
        assertThat(allocator.allocate(new SeatPlan(5, plan.quotas(), CountingRule.COUNT_TOWARD_ALL), pool))
                .isInstanceOf(Allocation.class);
    }

    @Test
    void maximaTooTightProposesRaisingAMaximum() {
        List<Applicant> pool = List.of(ap("A", 1, "gm"), ap("B", 2, "gm"), ap("C", 3, "gm"));
        Infeasible inf = (Infeasible) allocator.allocate(
                new SeatPlan(3, List.of(Quota.max("gm", 1)), CountingRule.COUNT_TOWARD_ALL), pool);
        assertThat(inf.conflicts()).contains("maxima allow at most 1 of the 3 seats to be filled");
        assertThat(inf.smallestRelaxation()).containsExactly(new Relaxation("gm", "max", 1, 3));
    }

    @ParameterizedTest
    @EnumSource(CountingRule.class)
    void quotaSeatedPersonIsExplained(CountingRule rule) {
        List<Applicant> pool = List.of(ap("A", 1), ap("B", 2), ap("C", 3), ap("D", 12, "indigenous"));
        Allocation a = allocation(new SeatPlan(2, List.of(Quota.min("indigenous", 1)), rule), pool);
        assertThat(a.seatedIds()).containsExactly("A", "D");
        assertThat(a.seats().get(0).reason()).isEqualTo("rank 1, seated on merit");
        assertThat(a.seats().get(1).reason()).isEqualTo("rank 12, seated to meet the minimum for indigenous (1)");
        assertThat(a.seats().get(1).countsToward()).isEqualTo("indigenous");
        assertThat(a.displaced()).extracting(Displacement::quota)
                .containsExactly("seat needed for the minimum for indigenous (1)",
                        "seat needed for the minimum for indigenous (1)");
        assertThat(a.displaced().get(0).notSeated().id()).isEqualTo("B");
        assertThat(a.displaced().get(0).seatedInstead().id()).isEqualTo("D");
        assertThat(a.displaced().get(1).seatedInstead()).isNull();
    }

    @Test
    void oneToOneSumOfMinimumsAboveSeatsIsRejectedAtValidation() {
        List<Quota> quotas = List.of(Quota.min("group:SME", 3), Quota.min("group:CIVIL_SOCIETY", 3));
        assertThatThrownBy(() -> new SeatPlan(5, quotas, CountingRule.ONE_TO_ONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minimums sum to 6 but there are only 5 seats")
                .hasMessageContaining("one-to-one");
        assertThat(new SeatPlan(5, quotas, CountingRule.COUNT_TOWARD_ALL).seats()).isEqualTo(5);
    }

    @Test
    void planValidation() {
        CountingRule r = CountingRule.COUNT_TOWARD_ALL;
        assertThatThrownBy(() -> new SeatPlan(0, List.of(), r)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 seat");
        assertThatThrownBy(() -> new SeatPlan(3, List.of(Quota.min("gm", 4)), r))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceeds the 3 seats");
        assertThatThrownBy(() -> new SeatPlan(3, List.of(Quota.min("gm", 1), Quota.max("gm", 2)), r))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate quota for gm");
        assertThatThrownBy(() -> new Quota("gm", 3, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exceeds its maximum");
        assertThatThrownBy(() -> new Quota("gm", -1, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
    }

    @Test
    void sharesConvertToCounts() {
        assertThat(Quota.share("gm", 0.5, 0.7, 5)).isEqualTo(new Quota("gm", 3, 3));
        assertThat(Quota.share("group:GOVERNMENT", null, 0.4, 40)).isEqualTo(new Quota("group:GOVERNMENT", null, 16));
        assertThat(Quota.share("x", 0.3, null, 10)).isEqualTo(new Quota("x", 3, null));
    }

    @Test
    void duplicateApplicantIdsRejected() {
        SeatPlan plan = new SeatPlan(1, List.of(), CountingRule.ONE_TO_ONE);
        assertThatThrownBy(() -> allocator.allocate(plan, List.of(ap("A", 1), ap("A", 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate applicant id A");
    }
}
