package org.accord.membership.seats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Prints the allocation time for a realistic large pool; never asserts on time. */
class MeritAllocatorTimingTest {

    @Test
    void largePoolTiming() {
        List<Applicant> pool = BenchmarkPool.applicants();
        List<Quota> quotas = BenchmarkPool.quotas();
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
