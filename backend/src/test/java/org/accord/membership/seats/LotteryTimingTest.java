package org.accord.membership.seats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Prints the lottery time for a realistic large pool; never asserts on time. Takes minutes (LEXIMIN on 2,000
 * applicants), so it runs only with {@code -Daccord.benchmarks=true}; see BENCHMARKS.md.
 */
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "accord.benchmarks", matches = "true")
class LotteryTimingTest {

    @Test
    void largePoolTiming() {
        Random rnd = new Random(42);
        String[] groups = {"group:SME", "group:CIVIL_SOCIETY", "group:GOVERNMENT", "group:INDUSTRY", "group:ACADEMIA"};
        String[] regions = {"region:AFRICAN", "region:ASIA_PACIFIC", "region:GRULAC", "region:EEG", "region:WEOG"};
        List<Applicant> pool = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            Set<String> attrs = new HashSet<>();
            attrs.add(groups[rnd.nextInt(groups.length)]);
            String region = regions[rnd.nextInt(regions.length)];
            attrs.add(region);
            boolean globalMajority = !region.equals("region:WEOG") && !region.equals("region:EEG");
            if (globalMajority) {
                attrs.add("gm");
            }
            if (rnd.nextDouble() < 0.04) {
                attrs.add("indigenous");
            }
            if (rnd.nextDouble() < 0.5) {
                attrs.add("gender:woman");
            }
            attrs.add("country:" + region.charAt(7) + rnd.nextInt(10));
            pool.add(new Applicant("a" + i, 1 + rnd.nextInt(2000), attrs));
        }
        // 7 overlapping attributes with minimums and maxima, plus a per-country cap
        List<Quota> quotas = List.of(
                new Quota("group:SME", 12, 30),
                new Quota("group:CIVIL_SOCIETY", 12, 30),
                new Quota("group:GOVERNMENT", null, 20),
                new Quota("indigenous", 8, null),
                new Quota("gm", 20, 70),
                new Quota("region:AFRICAN", 15, 30),
                new Quota("gender:woman", 25, 60),
                SeatPlan.maxPerValue("country:", 4));
        LotteryAllocator allocator = new LotteryAllocator();
        // warm-up
        allocator.draw(new SeatPlan(100, quotas, CountingRule.COUNT_TOWARD_ALL), pool, 1, LotteryMethod.LEGACY);
        for (CountingRule rule : CountingRule.values()) {
            SeatPlan plan = new SeatPlan(100, quotas, rule);
            for (LotteryMethod method : LotteryMethod.values()) {
                long t0 = System.nanoTime();
                Lottery lottery = allocator.draw(plan, pool, 2024, method);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                String detail = method == LotteryMethod.LEXIMIN
                        ? ", minimum selection probability " + lottery.selectionProbability().values().stream()
                                .mapToDouble(Double::doubleValue).min().orElse(0)
                                + ", " + allocator.lastColumnCount() + " columns, " + allocator.lastStages() + " stages"
                        : "";
                System.out.println("lottery " + method + ": " + ms + " ms (" + rule + ", "
                        + allocator.lastSolveCount() + " CP-SAT solves" + detail + ")");
                assertThat(lottery.result()).isInstanceOf(Allocation.class);
                Allocation a = (Allocation) lottery.result();
                assertThat(a.seats()).hasSize(100);
                assertThat(a.compliance()).allMatch(QuotaStatus::met);
                assertThat(ExactRosterCheck.valid(a.seats().stream().map(Seat::applicant).toList(), plan.expand(pool),
                        rule)).isTrue();
            }
        }
    }
}
