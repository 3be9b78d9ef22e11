package org.accord.membership.seats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/** Random small pools, both counting rules, compared with brute-force enumeration of all subsets. */
class MeritAllocatorPropertyTest {

    private static final String[] ATTRS = {"group:SME", "indigenous", "gm"};

    private final MeritAllocator allocator = new MeritAllocator();

    @Property(tries = 300, seed = "20261124")
    void matchesBruteForce(@ForAll long seed) {
        Random rnd = new Random(seed);
        int n = rnd.nextInt(13);
        int seats = 1 + rnd.nextInt(5);
        List<Applicant> pool = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(i);
        }
        Collections.shuffle(ids, rnd);
        for (int i = 0; i < n; i++) {
            Set<String> attrs = new HashSet<>();
            for (String a : ATTRS) {
                if (rnd.nextDouble() < 0.4) {
                    attrs.add(a);
                }
            }
            pool.add(new Applicant("p" + ids.get(i), 1 + rnd.nextInt(8), attrs));
        }
        List<Quota> quotas = new ArrayList<>();
        for (String a : ATTRS) {
            Integer min = rnd.nextInt(3) == 0 ? null : rnd.nextInt(Math.min(seats, 3) + 1);
            Integer max = rnd.nextInt(2) == 0 ? null : (min == null ? 0 : min) + rnd.nextInt(3);
            if (min != null || max != null) {
                quotas.add(new Quota(a, min, max));
            }
        }
        for (CountingRule rule : CountingRule.values()) {
            SeatPlan plan;
            try {
                plan = new SeatPlan(seats, quotas, rule);
            } catch (IllegalArgumentException e) {
                Statistics.collect(rule, "rejected at validation");
                assertThat(rule).isEqualTo(CountingRule.ONE_TO_ONE);
                assertThat(quotas.stream().mapToInt(Quota::minOrZero).sum()).isGreaterThan(seats);
                continue;
            }
            Optional<List<String>> expected = BruteForce.best(plan, pool);
            Statistics.collect(rule, expected.isPresent() ? "feasible" : "infeasible");
            Result result = allocator.allocate(plan, pool);
            String ctx = "seed " + seed + " rule " + rule + " seats " + seats + " quotas " + quotas + " pool " + pool;
            if (expected.isEmpty()) {
                assertThat(result).as(ctx).isInstanceOf(Infeasible.class);
                checkRelaxation(plan, pool, (Infeasible) result, ctx);
            } else {
                assertThat(result).as(ctx).isInstanceOf(Allocation.class);
                Allocation a = (Allocation) result;
                assertThat(a.seatedIds()).as(ctx).isEqualTo(expected.get());
                assertThat(a.compliance()).as(ctx).allMatch(QuotaStatus::met);
            }
        }
    }

    /** The proposed relaxation must make the plan feasible, and no relaxation of smaller total may do so. */
    private void checkRelaxation(SeatPlan plan, List<Applicant> pool, Infeasible inf, String ctx) {
        assertThat(inf.conflicts()).as(ctx).isNotEmpty();
        assertThat(inf.smallestRelaxation()).as(ctx).isNotEmpty();
        int total = inf.smallestRelaxation().stream().mapToInt(r -> Math.abs(r.to() - r.from())).sum();
        assertThat(BruteForce.best(relaxed(plan, inf.smallestRelaxation()), pool)).as(ctx).isPresent();
        if (total > 3) {
            return; // exhaustive minimality check only for small relaxations (keeps the test fast)
        }
        // every relaxation of total - 1 over the (few) bounds must fail
        List<int[]> bounds = new ArrayList<>(); // {quota index, 0=min / 1=max}
        for (int q = 0; q < plan.quotas().size(); q++) {
            if (plan.quotas().get(q).min() != null) {
                bounds.add(new int[] {q, 0});
            }
            if (plan.quotas().get(q).max() != null) {
                bounds.add(new int[] {q, 1});
            }
        }
        assertThat(anyFeasibleWithin(plan, pool, bounds, 0, new int[bounds.size()], total - 1)).as(ctx).isFalse();
    }

    private boolean anyFeasibleWithin(SeatPlan plan, List<Applicant> pool, List<int[]> bounds, int b, int[] change,
            int budget) {
        if (b == bounds.size()) {
            List<Relaxation> rs = new ArrayList<>();
            for (int i = 0; i < bounds.size(); i++) {
                Quota q = plan.quotas().get(bounds.get(i)[0]);
                if (change[i] == 0) {
                    continue;
                }
                if (bounds.get(i)[1] == 0) {
                    if (q.min() - change[i] < 0) {
                        return false;
                    }
                    rs.add(new Relaxation(q.attribute(), "min", q.min(), q.min() - change[i]));
                } else {
                    rs.add(new Relaxation(q.attribute(), "max", q.max(), q.max() + change[i]));
                }
            }
            return BruteForce.best(relaxed(plan, rs), pool).isPresent();
        }
        for (int c = 0; c <= budget; c++) {
            change[b] = c;
            if (anyFeasibleWithin(plan, pool, bounds, b + 1, change, budget - c)) {
                return true;
            }
        }
        change[b] = 0;
        return false;
    }

    private static SeatPlan relaxed(SeatPlan plan, List<Relaxation> rs) {
        List<Quota> out = new ArrayList<>();
        for (Quota q : plan.quotas()) {
            Integer min = q.min();
            Integer max = q.max();
            for (Relaxation r : rs) {
                if (r.attribute().equals(q.attribute())) {
                    if (r.bound().equals("min")) {
                        min = r.to();
                    } else {
                        max = r.to();
                    }
                }
            }
            out.add(new Quota(q.attribute(), min, max));
        }
        return new SeatPlan(plan.seats(), out, plan.rule());
    }
}
