package org.accord.membership.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class LotteryAllocatorTest {

    private final LotteryAllocator allocator = new LotteryAllocator();

    private static Applicant ap(String id, int rank, String... attrs) {
        return new Applicant(id, rank, attrs);
    }

    private static final List<Applicant> TRAP = List.of(
            ap("A", 1, "group:SME", "indigenous"), ap("B", 2, "group:SME"), ap("C", 3), ap("D", 4, "indigenous"));

    private static final List<Quota> TRAP_QUOTAS = List.of(Quota.min("group:SME", 1), Quota.min("indigenous", 1));

    /** 30 applicants with overlapping attributes and countries. */
    private static List<Applicant> mediumPool() {
        Random rnd = new Random(7);
        String[] groups = {"group:SME", "group:CIVIL_SOCIETY", "group:GOVERNMENT", "group:ACADEMIA"};
        List<Applicant> pool = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Set<String> attrs = new HashSet<>();
            attrs.add(groups[rnd.nextInt(groups.length)]);
            attrs.add("country:C" + rnd.nextInt(5));
            if (rnd.nextDouble() < 0.2) {
                attrs.add("indigenous");
            }
            if (rnd.nextDouble() < 0.5) {
                attrs.add("gender:woman");
            }
            pool.add(new Applicant(String.format("p%02d", i), i + 1, attrs));
        }
        return pool;
    }

    private static final List<Quota> MEDIUM_QUOTAS = List.of(
            new Quota("group:SME", 2, 4), Quota.min("group:CIVIL_SOCIETY", 2), Quota.max("group:GOVERNMENT", 1),
            Quota.min("indigenous", 2), new Quota("gender:woman", 3, 5), SeatPlan.maxPerValue("country:", 3));

    static List<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (CountingRule rule : CountingRule.values()) {
            for (LotteryMethod method : LotteryMethod.values()) {
                out.add(Arguments.of(rule, method));
            }
        }
        return out;
    }

    private static Allocation allocation(Lottery lottery) {
        assertThat(lottery.result()).isInstanceOf(Allocation.class);
        return (Allocation) lottery.result();
    }

    private static void assertValid(Allocation a, SeatPlan plan, List<Applicant> pool, int seats) {
        assertThat(a.seats()).hasSize(seats);
        assertThat(a.compliance()).allMatch(QuotaStatus::met);
        assertThat(a.displaced()).isEmpty();
        List<Applicant> roster = a.seats().stream().map(Seat::applicant).toList();
        assertThat(BruteForce.feasible(roster, plan.expand(pool), plan.rule())).isTrue();
        assertThat(roster.stream().map(Applicant::id).distinct().count()).isEqualTo(seats);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void reproducibleFromSeed(CountingRule rule, LotteryMethod method) {
        SeatPlan plan = new SeatPlan(10, MEDIUM_QUOTAS, rule);
        List<Applicant> pool = mediumPool();
        List<Applicant> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, new Random(99));
        Lottery first = allocator.draw(plan, pool, 12345L, method);
        Lottery again = allocator.draw(plan, pool, 12345L, method);
        Lottery reordered = allocator.draw(plan, shuffled, 12345L, method);
        assertThat(allocation(again).seatedIds()).isEqualTo(allocation(first).seatedIds());
        assertThat(allocation(reordered).seatedIds()).isEqualTo(allocation(first).seatedIds());
        assertThat(allocation(reordered).seats()).isEqualTo(allocation(first).seats());
        assertThat(reordered.selectionProbability()).isEqualTo(first.selectionProbability());
        assertThat(first.seed()).isEqualTo(12345L);
        assertThat(first.method()).isEqualTo(method);
        Set<List<String>> rosters = new HashSet<>();
        for (long seed = 1; seed <= 10; seed++) {
            rosters.add(allocation(allocator.draw(plan, pool, seed, method)).seatedIds());
        }
        assertThat(rosters).hasSizeGreaterThan(3);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyDrawMeetsTheQuotas(CountingRule rule, LotteryMethod method) {
        SeatPlan trap = new SeatPlan(2, TRAP_QUOTAS, rule);
        SeatPlan medium = new SeatPlan(10, MEDIUM_QUOTAS, rule);
        List<Applicant> countries = List.of(ap("K1", 1, "country:KE", "group:SME"), ap("K2", 2, "country:KE"),
                ap("K3", 3, "country:KE", "group:SME"), ap("N1", 4, "country:NG"), ap("N2", 5, "country:NG"),
                ap("U", 6, "country:US", "group:SME"), ap("F", 7, "country:FR"));
        SeatPlan capped = new SeatPlan(4, List.of(SeatPlan.maxPerValue("country:", 1), Quota.min("group:SME", 1)),
                rule);
        var t = allocator.prepare(trap, TRAP, method);
        var m = allocator.prepare(medium, mediumPool(), method);
        var c = allocator.prepare(capped, countries, method);
        Set<List<String>> trapRosters = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            Allocation a = allocation(t.draw(seed));
            assertValid(a, trap, TRAP, 2);
            trapRosters.add(a.seatedIds());
            assertValid(allocation(m.draw(seed)), medium, mediumPool(), 10);
            assertValid(allocation(c.draw(seed)), capped, countries, 4);
        }
        // {A,B}, {A,C}, {A,D}, {B,D} meet the quotas under count-toward-all ({A,C} not under one-to-one);
        // greedy-by-merit would always take {A,D}
        assertThat(trapRosters).hasSizeGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(CountingRule.class)
    void seatsSayWhyAndWhatTheyCountToward(CountingRule rule) {
        SeatPlan plan = new SeatPlan(2, TRAP_QUOTAS, rule);
        Lottery lottery = allocator.draw(plan, TRAP, 3, LotteryMethod.LEXIMIN);
        Allocation a = allocation(lottery);
        for (Seat s : a.seats()) {
            double p = lottery.selectionProbability().get(s.applicant().id());
            assertThat(s.reason()).isEqualTo(
                    String.format(java.util.Locale.ROOT, "Drawn by lot (selection probability %.1f %%)", 100 * p));
            if (rule == CountingRule.COUNT_TOWARD_ALL) {
                List<String> held = TRAP_QUOTAS.stream().map(Quota::attribute).filter(s.applicant()::holds).toList();
                assertThat(s.countsToward()).isEqualTo(String.join(", ", held));
            }
        }
        if (rule == CountingRule.ONE_TO_ONE) {
            assertThat(a.seats().stream().map(Seat::countsToward).sorted().toList())
                    .containsExactly("group:SME", "indigenous");
        }
        assertThat(a.notes()).anyMatch(n -> n.contains("seed 3"));
        Allocation legacy = allocation(allocator.draw(plan, TRAP, 3, LotteryMethod.LEGACY));
        assertThat(legacy.seats()).allMatch(s -> s.reason().equals("Drawn by lot (legacy stratified draw)"));
    }

    @ParameterizedTest
    @EnumSource(CountingRule.class)
    void leximinProbabilitiesSumToSeatsAndAreEqualWithinAProfile(CountingRule rule) {
        SeatPlan plan = new SeatPlan(10, MEDIUM_QUOTAS, rule);
        List<Applicant> pool = mediumPool();
        Lottery lottery = allocator.draw(plan, pool, 1, LotteryMethod.LEXIMIN);
        Map<String, Double> prob = lottery.selectionProbability();
        assertThat(prob.keySet()).containsExactlyElementsOf(pool.stream().map(Applicant::id).sorted().toList());
        assertThat(prob.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(10, within(1e-6));
        List<Quota> quotas = plan.expand(pool);
        Map<Set<String>, Double> byProfile = new HashMap<>();
        for (Applicant a : pool) {
            Set<String> profile = new HashSet<>();
            quotas.stream().map(Quota::attribute).filter(a::holds).forEach(profile::add);
            Double seen = byProfile.putIfAbsent(profile, prob.get(a.id()));
            if (seen != null) {
                assertThat(prob.get(a.id())).isCloseTo(seen, within(1e-12));
            }
        }
        assertThat(allocator.draw(plan, pool, 1, LotteryMethod.LEGACY).selectionProbability()).isEmpty();
    }

    /** Twelve applicants, every feasible panel enumerated, leximin solved per person. */
    @ParameterizedTest
    @EnumSource(CountingRule.class)
    void leximinMatchesBruteForce(CountingRule rule) {
        List<Applicant> pool = List.of(ap("a", 1, "group:SME", "indigenous"), ap("b", 2, "group:SME"),
                ap("c", 3, "group:SME", "gender:woman"), ap("d", 4, "indigenous", "gender:woman"),
                ap("e", 5, "group:GOVERNMENT"), ap("f", 6, "group:GOVERNMENT", "gender:woman"),
                ap("g", 7, "group:GOVERNMENT", "indigenous"), ap("h", 8), ap("i", 9, "gender:woman"),
                ap("j", 10, "gender:woman", "country:X"), ap("k", 11, "country:X"),
                ap("l", 12, "country:X", "group:SME"));
        SeatPlan plan = new SeatPlan(5, List.of(Quota.min("group:SME", 1), Quota.min("indigenous", 2),
                Quota.max("group:GOVERNMENT", 1), new Quota("gender:woman", 2, 3), SeatPlan.maxPerValue("country:", 1)),
                rule);
        Map<String, Double> expected = BruteLeximin.probabilities(plan, pool);
        Lottery lottery = allocator.draw(plan, pool, 5, LotteryMethod.LEXIMIN);
        for (Applicant a : pool) {
            assertThat(lottery.selectionProbability().get(a.id())).as(a.id())
                    .isCloseTo(expected.get(a.id()), within(1e-6));
        }
    }

    @Test
    void empiricalFrequenciesMatchLeximinProbabilities() {
        SeatPlan plan = new SeatPlan(10, MEDIUM_QUOTAS, CountingRule.ONE_TO_ONE);
        List<Applicant> pool = mediumPool();
        var prepared = allocator.prepare(plan, pool, LotteryMethod.LEXIMIN);
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Double> prob = null;
        int draws = 2000;
        for (long seed = 0; seed < draws; seed++) {
            Lottery lottery = prepared.draw(seed);
            prob = lottery.selectionProbability();
            for (String id : allocation(lottery).seatedIds()) {
                seen.merge(id, 1, Integer::sum);
            }
        }
        for (Applicant a : pool) {
            double freq = seen.getOrDefault(a.id(), 0) / (double) draws;
            assertThat(freq).as(a.id()).isCloseTo(prob.get(a.id()), within(0.04));
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void infeasiblePlanGivesMeritAllocatorsInfeasible(CountingRule rule, LotteryMethod method) {
        SeatPlan plan = new SeatPlan(3, List.of(Quota.min("indigenous", 3)), rule);
        Lottery lottery = allocator.draw(plan, TRAP, 1, method);
        assertThat(lottery.result()).isInstanceOf(Infeasible.class);
        assertThat(lottery.result()).isEqualTo(new MeritAllocator().allocate(plan, TRAP));
        assertThat(((Infeasible) lottery.result()).smallestRelaxation()).isNotEmpty();
        assertThat(lottery.selectionProbability()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void fewerApplicantsThanSeatsFillsWhatTheQuotasAllow(CountingRule rule, LotteryMethod method) {
        List<Applicant> pool = List.of(ap("G1", 1, "group:GOVERNMENT"), ap("G2", 2, "group:GOVERNMENT"),
                ap("G3", 3, "group:GOVERNMENT"), ap("X", 4, "group:SME"));
        SeatPlan plan = new SeatPlan(6, List.of(Quota.max("group:GOVERNMENT", 2), Quota.min("group:SME", 1)), rule);
        Lottery lottery = allocator.draw(plan, pool, 8, method);
        Allocation a = allocation(lottery);
        assertValid(a, plan, pool, 3);
        assertThat(a.seatedIds()).contains("X");
        assertThat(a.notes()).contains("only 4 applicants for 6 seats: 3 seated, 3 left vacant");
        if (method == LotteryMethod.LEXIMIN) {
            assertThat(lottery.selectionProbability().get("X")).isCloseTo(1.0, within(1e-9));
            assertThat(lottery.selectionProbability().get("G1")).isCloseTo(2.0 / 3, within(1e-6));
        }
    }

    @Test
    void invalidInputIsRejected() {
        SeatPlan plan = new SeatPlan(1, List.of(), CountingRule.COUNT_TOWARD_ALL);
        assertThatThrownBy(() -> allocator.draw(plan, List.of(ap("A", 1), ap("A", 2)), 1, LotteryMethod.LEXIMIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate applicant id A");
        List<Applicant> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> allocator.draw(plan, withNull, 1, LotteryMethod.LEGACY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> allocator.draw(null, List.of(), 1, LotteryMethod.LEGACY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seat plan");
        assertThatThrownBy(() -> allocator.draw(plan, null, 1, LotteryMethod.LEGACY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pool");
        assertThatThrownBy(() -> allocator.draw(plan, List.of(ap("A", 1)), 1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("method");
    }

    /** Reference leximin: all feasible panels of people (not profiles), each level certified by a raise test. */
    static final class BruteLeximin {

        static Map<String, Double> probabilities(SeatPlan plan, List<Applicant> pool) {
            QuotaModel.ensureLoaded();
            List<Quota> quotas = plan.expand(pool);
            int n = pool.size();
            List<int[]> panels = new ArrayList<>();
            for (int mask = 0; mask < (1 << n); mask++) {
                if (Integer.bitCount(mask) != plan.seats()) {
                    continue;
                }
                List<Applicant> roster = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if ((mask & (1 << i)) != 0) {
                        roster.add(pool.get(i));
                    }
                }
                if (BruteForce.feasible(roster, quotas, plan.rule())) {
                    int[] in = new int[n];
                    for (int i = 0; i < n; i++) {
                        in[i] = (mask >> i) & 1;
                    }
                    panels.add(in);
                }
            }
            double[] fixed = new double[n];
            boolean[] done = new boolean[n];
            int left = n;
            while (left > 0) {
                double z = solve(panels, n, fixed, done, -1, 0);
                int before = left;
                for (int i = 0; i < n; i++) {
                    if (!done[i] && solve(panels, n, fixed, done, i, z) <= z + 1e-7) {
                        done[i] = true;
                        fixed[i] = z;
                        left--;
                    }
                }
                assertThat(left).isLessThan(before);
            }
            Map<String, Double> out = new HashMap<>();
            for (int i = 0; i < n; i++) {
                out.put(pool.get(i).id(), fixed[i]);
            }
            return out;
        }

        /** raise < 0: max min over the open people; else max probability of {@code raise}, others open >= z. */
        private static double solve(List<int[]> panels, int n, double[] fixed, boolean[] done, int raise, double z) {
            MPSolver lp = MPSolver.createSolver("GLOP");
            MPVariable[] q = lp.makeNumVarArray(panels.size(), 0, 1);
            MPVariable t = lp.makeNumVar(0, 1, "t");
            MPConstraint sum = lp.makeConstraint(1, 1);
            for (MPVariable v : q) {
                sum.setCoefficient(v, 1);
            }
            for (int i = 0; i < n; i++) {
                double lb = done[i] ? fixed[i] - 1e-9 : raise < 0 ? 0 : z - 1e-9;
                MPConstraint c = lp.makeConstraint(lb, Double.POSITIVE_INFINITY);
                for (int k = 0; k < panels.size(); k++) {
                    c.setCoefficient(q[k], panels.get(k)[i]);
                }
                if (!done[i] && (raise < 0 || raise == i)) {
                    c.setCoefficient(t, -1);
                    c.setLb(0);
                }
            }
            lp.objective().setCoefficient(t, 1);
            lp.objective().setMaximization();
            assertThat(lp.solve()).isEqualTo(MPSolver.ResultStatus.OPTIMAL);
            double value = t.solutionValue();
            lp.delete();
            return value;
        }
    }
}
