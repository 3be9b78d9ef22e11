package org.accord.membership.seats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Number of seats, the quotas, and the counting rule for minimums. */
public record SeatPlan(int seats, List<Quota> quotas, CountingRule rule) {

    public SeatPlan {
        Objects.requireNonNull(rule, "counting rule");
        quotas = quotas == null ? List.of() : List.copyOf(quotas);
        if (seats < 1) {
            throw new IllegalArgumentException("a seat plan needs at least 1 seat, was " + seats);
        }
        Set<String> seen = new HashSet<>();
        int sumMin = 0;
        for (Quota q : quotas) {
            Objects.requireNonNull(q, "quota");
            if (!seen.add(q.attribute())) {
                throw new IllegalArgumentException("duplicate quota for " + q.attribute());
            }
            if (q.min() != null && q.min() > seats) {
                throw new IllegalArgumentException(
                        "minimum for " + q.attribute() + " (" + q.min() + ") exceeds the " + seats + " seats");
            }
            sumMin += q.minOrZero();
        }
        if (rule == CountingRule.ONE_TO_ONE && sumMin > seats) {
            throw new IllegalArgumentException("minimums sum to " + sumMin + " but there are only " + seats
                    + " seats, and under one-to-one each seat counts toward at most one minimum");
        }
    }

    /**
     * "At most {@code max} per value", e.g. {@code maxPerValue("country:", 2)}: expanded at allocation time to a
     * maximum of {@code max} for every attribute starting with {@code prefix} held by some applicant. An explicit
     * quota for one value is combined with it (the smaller maximum applies).
     */
    public static Quota maxPerValue(String prefix, int max) {
        Objects.requireNonNull(prefix, "prefix");
        return new Quota(prefix + "*", null, max);
    }

    /** The quotas with per-value caps expanded against the pool, in plan order (expansions sorted by value). */
    List<Quota> expand(Collection<Applicant> pool) {
        Map<String, Quota> out = new LinkedHashMap<>();
        for (Quota q : quotas) {
            if (!Quota.isPerValue(q.attribute())) {
                out.put(q.attribute(), q);
            }
        }
        for (Quota q : quotas) {
            if (!Quota.isPerValue(q.attribute())) {
                continue;
            }
            String prefix = q.attribute().substring(0, q.attribute().length() - 1);
            Set<String> values = new TreeSet<>();
            for (Applicant a : pool) {
                for (String attr : a.attributes()) {
                    if (attr.startsWith(prefix)) {
                        values.add(attr);
                    }
                }
            }
            for (String v : values) {
                Quota existing = out.get(v);
                if (existing == null) {
                    out.put(v, new Quota(v, null, q.max()));
                } else {
                    int max = existing.max() == null ? q.max() : Math.min(existing.max(), q.max());
                    Integer min = existing.min();
                    if (min != null && min > max) {
                        throw new IllegalArgumentException("minimum for " + v + " (" + min
                                + ") exceeds the per-value maximum " + q.max() + " from " + q.attribute());
                    }
                    out.put(v, new Quota(v, min, max));
                }
            }
        }
        return new ArrayList<>(out.values());
    }
}
