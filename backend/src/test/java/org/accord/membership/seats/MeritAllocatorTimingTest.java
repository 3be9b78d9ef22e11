package org.accord.membership.seats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Prints the allocation time for a realistic large pool; never asserts on time. */
class MeritAllocatorTimingTest {

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
        MeritAllocator allocator = new MeritAllocator();
        allocator.allocate(new SeatPlan(100, quotas, CountingRule.COUNT_TOWARD_ALL), pool); // warm-up
        for (CountingRule rule : CountingRule.values()) {
            SeatPlan plan = new SeatPlan(100, quotas, rule);
            long t0 = System.nanoTime();
            Result r = allocator.allocate(plan, pool);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("merit allocation: " + ms + " ms (" + rule + ", " + allocator.lastSolveCount()
                    + " CP-SAT solves)");
            assertThat(r).isInstanceOf(Allocation.class);
            Allocation a = (Allocation) r;
            assertThat(a.seats()).hasSize(100);
            assertThat(a.compliance()).allMatch(QuotaStatus::met);
        }
    }
}
