package org.accord.membership;

import org.accord.membership.seats.CountingRule;

import java.time.Instant;
import java.util.List;

/**
 * A working group's seat plan. {@code termMonths}/{@code termLimit} (consecutive terms a person may serve) are
 * optional. {@code lotterySeed} is published with the plan before a lottery draw ({@code seedPublishedAt}, read only).
 * {@code version} guards against two people saving over each other (null on first save).
 */
public record SeatPlanSpec(Integer seats, CountingRule countingRule, Integer termMonths, Integer termLimit,
                           Boolean applicationsOpen, Boolean twinningRequired, Long lotterySeed,
                           Instant seedPublishedAt, List<QuotaSpec> quotas, Long version) {

    public SeatPlanSpec withQuotas(List<QuotaSpec> newQuotas) {
        return new SeatPlanSpec(seats, countingRule, termMonths, termLimit, applicationsOpen, twinningRequired,
                lotterySeed, seedPublishedAt, newQuotas, version);
    }
}
