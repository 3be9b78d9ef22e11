package org.accord.membership.seats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reference implementation for tests: enumerate subsets in lexicographic merit order. */
final class BruteForce {

    private BruteForce() {
    }

    /** The lexicographically best feasible roster (ids in merit order), or empty if no roster meets the quotas. */
    static Optional<List<String>> best(SeatPlan plan, List<Applicant> pool) {
        List<Applicant> order = pool.stream().sorted(Applicant.MERIT_ORDER).toList();
        List<Quota> quotas = plan.expand(pool);
        int n = order.size();
        int top = Math.min(plan.seats(), n);
        int lowest = n >= plan.seats() ? plan.seats() : 0;
        for (int size = top; size >= lowest; size--) {
            int[] comb = new int[size];
            for (int i = 0; i < size; i++) {
                comb[i] = i;
            }
            while (true) {
                List<Applicant> roster = new ArrayList<>();
                for (int c : comb) {
                    roster.add(order.get(c));
                }
                if (feasible(roster, quotas, plan.rule())) {
                    return Optional.of(roster.stream().map(Applicant::id).toList());
                }
                // next combination in lexicographic order
                int i = size - 1;
                while (i >= 0 && comb[i] == n - size + i) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                comb[i]++;
                for (int j = i + 1; j < size; j++) {
                    comb[j] = comb[j - 1] + 1;
                }
            }
        }
        return Optional.empty();
    }

    static boolean feasible(List<Applicant> roster, List<Quota> quotas, CountingRule rule) {
        for (Quota q : quotas) {
            long holders = roster.stream().filter(a -> a.holds(q.attribute())).count();
            if (q.max() != null && holders > q.max()) {
                return false;
            }
            if (rule == CountingRule.COUNT_TOWARD_ALL && holders < q.minOrZero()) {
                return false;
            }
        }
        if (rule == CountingRule.COUNT_TOWARD_ALL) {
            return true;
        }
        return assign(roster, 0, quotas, new int[quotas.size()]);
    }

    /** One-to-one: try every way of giving each seated person at most one minimum they hold. */
    private static boolean assign(List<Applicant> roster, int i, List<Quota> quotas, int[] filled) {
        if (i == roster.size()) {
            for (int q = 0; q < quotas.size(); q++) {
                if (filled[q] < quotas.get(q).minOrZero()) {
                    return false;
                }
            }
            return true;
        }
        if (assign(roster, i + 1, quotas, filled)) {
            return true;
        }
        for (int q = 0; q < quotas.size(); q++) {
            Quota quota = quotas.get(q);
            if (quota.minOrZero() > filled[q] && roster.get(i).holds(quota.attribute())) {
                filled[q]++;
                boolean ok = assign(roster, i + 1, quotas, filled);
                filled[q]--;
                if (ok) {
                    return true;
                }
            }
        }
        return false;
    }
}
