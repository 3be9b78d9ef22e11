package org.accord.membership.seats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prints the lottery time for a realistic large pool; never asserts on time. Takes minutes (LEXIMIN on 2,000
 * applicants), so it runs only with {@code -Daccord.benchmarks=true}; see BENCHMARKS.md.
 */
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "accord.benchmarks", matches = "true")
class LotteryTimingTest {

    @Test
    void largePoolTiming() {
        List<Applicant> pool = BenchmarkPool.applicants();
        List<Quota> quotas = BenchmarkPool.quotas();
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
