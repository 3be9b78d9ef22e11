package org.accord.membership.seats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Exact lexicographic-merit seat allocation under quotas, using CP-SAT as a feasibility oracle.
 *
 * <p>Applicants are taken in merit order (rank ascending, ties by id ascending). Each applicant is seated if and only
 * if some roster meeting every quota contains everyone already seated plus them (and none of those already passed
 * over). This is the lexicographically best roster: the best-ranked applicant is seated whenever any feasible roster
 * seats them, then the next best given that, and so on.
 *
 * <p>To keep it fast, blocks of consecutive applicants are tested with one solve (bisecting on failure), and the
 * feasibility models count people per membership profile rather than per person. Because feasibility only gets
 * harder as more people are seated or passed over, a profile (set of quota attributes) once rejected stays rejected,
 * so later applicants with that profile are passed over without a solve.
 */
public final class MeritAllocator {

    private int lastSolveCount;

    /** Number of CP-SAT solves in the last call (diagnostics). */
    public int lastSolveCount() {
        return lastSolveCount;
    }

    public Result allocate(SeatPlan plan, List<Applicant> pool) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(pool, "pool");
        Set<String> ids = new HashSet<>();
        for (Applicant a : pool) {
            Objects.requireNonNull(a, "applicant");
            if (!ids.add(a.id())) {
                throw new IllegalArgumentException("duplicate applicant id " + a.id());
            }
        }
        return new Run(plan, pool).execute();
    }

    private final class Run {
        final SeatPlan plan;
        final List<Applicant> order;
        final List<Quota> quotas;
        final String[] attrs;
        final int[] min;
        final int[] max;
        final int m;
        final int n;
        final int[] prof;
        final int[][] profAttrs;
        final QuotaModel model;

        Run(SeatPlan plan, List<Applicant> pool) {
            this.plan = plan;
            this.order = pool.stream().sorted(Applicant.MERIT_ORDER).toList();
            this.quotas = plan.expand(pool);
            this.m = quotas.size();
            this.n = order.size();
            attrs = new String[m];
            min = new int[m];
            max = new int[m];
            for (int a = 0; a < m; a++) {
                Quota q = quotas.get(a);
                attrs[a] = q.attribute();
                min[a] = q.minOrZero();
                max[a] = q.max() == null ? QuotaModel.NO_MAX : q.max();
            }
            Map<BitSet, Integer> index = new LinkedHashMap<>();
            List<int[]> pa = new ArrayList<>();
            prof = new int[n];
            for (int i = 0; i < n; i++) {
                BitSet bs = new BitSet();
                Applicant ap = order.get(i);
                for (int a = 0; a < m; a++) {
                    if (ap.holds(attrs[a])) {
                        bs.set(a);
                    }
                }
                Integer p = index.get(bs);
                if (p == null) {
                    p = index.size();
                    index.put(bs, p);
                    pa.add(bs.stream().toArray());
                }
                prof[i] = p;
            }
            profAttrs = pa.toArray(new int[0][]);
            model = new QuotaModel(plan.rule(), attrs, min, max, profAttrs);
        }

        Result execute() {
            try {
                return run();
            } finally {
                lastSolveCount = model.solves;
            }
        }

        private Result run() {
            int profiles = profAttrs.length;
            int[] avail = new int[profiles];
            for (int i = 0; i < n; i++) {
                avail[prof[i]]++;
            }
            List<String> notes = new ArrayList<>();
            int k;
            if (n >= plan.seats()) {
                k = plan.seats();
                if (!model.feasible(new int[profiles], avail, k)) {
                    return infeasible(avail, k);
                }
            } else {
                k = model.maxSize(avail, n);
                if (k < 0) {
                    return infeasible(avail, -1);
                }
                notes.add("only " + n + " applicant" + (n == 1 ? "" : "s") + " for " + plan.seats() + " seats: "
                        + k + " seated, " + (plan.seats() - k) + " left vacant");
            }

            int[] fixed = new int[profiles];
            int[] fixedAttr = new int[m];
            boolean[] seated = new boolean[n];
            boolean[] decided = new boolean[n];
            String[] outWhy = new String[n];
            boolean[] rejected = new boolean[profiles];
            String[] rejectedWhy = new String[profiles];
            int count = 0;
            int i = 0;
            int block = 8;
            while (i < n && count < k) {
                int room = k - count;
                List<Integer> cand = new ArrayList<>();
                int[] candAttr = new int[m];
                int j = i;
                while (j < n && cand.size() < Math.min(block, room)) {
                    if (decided[j]) {
                        j++;
                        if (cand.isEmpty()) {
                            i = j;
                        }
                        continue;
                    }
                    int p = prof[j];
                    String maxHit = maxReached(p, fixedAttr, null);
                    if (maxHit != null && !rejected[p]) {
                        rejected[p] = true;
                        rejectedWhy[p] = maxHit;
                    }
                    if (rejected[p]) {
                        // passed over without a solve
                        outWhy[j] = maxHit != null ? maxHit : rejectedWhy[p];
                        decided[j] = true;
                        avail[p]--;
                        j++;
                        if (cand.isEmpty()) {
                            i = j;
                        }
                        continue;
                    }
                    if (maxReached(p, fixedAttr, candAttr) != null) {
                        break; // would exceed a maximum together with the block: test the block first
                    }
                    cand.add(j);
                    for (int a : profAttrs[p]) {
                        candAttr[a]++;
                    }
                    j++;
                }
                if (cand.isEmpty()) {
                    i = j;
                    continue;
                }
                int accepted;
                if (prefixFeasible(cand, cand.size(), fixed, avail, room)) {
                    accepted = cand.size();
                    block = Math.min(block * 2, 1024);
                } else {
                    int lo = 0;
                    int hi = cand.size();
                    while (hi - lo > 1) {
                        int mid = (lo + hi) >>> 1;
                        if (prefixFeasible(cand, mid, fixed, avail, room)) {
                            lo = mid;
                        } else {
                            hi = mid;
                        }
                    }
                    accepted = lo;
                    block = Math.max(2, lo);
                }
                for (int c = 0; c < accepted; c++) {
                    int idx = cand.get(c);
                    seated[idx] = true;
                    decided[idx] = true;
                    int p = prof[idx];
                    fixed[p]++;
                    avail[p]--;
                    for (int a : profAttrs[p]) {
                        fixedAttr[a]++;
                    }
                    count++;
                }
                if (accepted < cand.size()) {
                    int idx = cand.get(accepted);
                    int p = prof[idx];
                    rejected[p] = true;
                    rejectedWhy[p] = explainRejection(p, fixed, fixedAttr, avail, k - count);
                    outWhy[idx] = rejectedWhy[p];
                    decided[idx] = true;
                    avail[p]--;
                    // everyone between the rejected candidate and j is still undecided: resume right after it
                    i = idx + 1;
                } else {
                    i = j;
                }
            }
            return buildAllocation(k, seated, outWhy, notes);
        }

        private boolean prefixFeasible(List<Integer> cand, int len, int[] fixed, int[] avail, int room) {
            if (len == 0) {
                return true;
            }
            int[] f = fixed.clone();
            int[] av = avail.clone();
            for (int c = 0; c < len; c++) {
                int p = prof[cand.get(c)];
                f[p]++;
                av[p]--;
            }
            // the undecided people skipped inside the candidate window are not in cand and remain available
            return model.feasible(f, av, room - len);
        }

        /** A maximum that one more person of profile p would exceed, given fixed (+extra) counts, or null. */
        private String maxReached(int p, int[] fixedAttr, int[] extra) {
            for (int a : profAttrs[p]) {
                int have = fixedAttr[a] + (extra == null ? 0 : extra[a]);
                if (max[a] != QuotaModel.NO_MAX && have + 1 > max[a]) {
                    return "maximum for " + attrs[a] + " (" + max[a] + ") already reached";
                }
            }
            return null;
        }

        private String explainRejection(int p, int[] fixed, int[] fixedAttr, int[] avail, int room) {
            String hit = maxReached(p, fixedAttr, null);
            if (hit != null) {
                return hit;
            }
            int[] f = fixed.clone();
            int[] av = avail.clone();
            f[p]++;
            av[p]--;
            for (int a = 0; a < m; a++) {
                if (min[a] > 0) {
                    int[] mn = min.clone();
                    mn[a] = 0;
                    if (model.feasible(f, av, room - 1, mn, max)) {
                        return "seat needed for the minimum for " + attrs[a] + " (" + min[a] + ")";
                    }
                }
            }
            for (int a : profAttrs[p]) {
                if (max[a] != QuotaModel.NO_MAX) {
                    int[] mx = max.clone();
                    mx[a] = QuotaModel.NO_MAX;
                    if (model.feasible(f, av, room - 1, min, mx)) {
                        return "maximum for " + attrs[a] + " (" + max[a] + ") would be exceeded once the minimums"
                                + " are met";
                    }
                }
            }
            return "remaining seats needed for the minimums together with the maxima";
        }

        private Allocation buildAllocation(int k, boolean[] seated, String[] outWhy, List<String> notes) {
            List<Integer> seatedIdx = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (seated[i]) {
                    seatedIdx.add(i);
                }
            }
            // which minimum(s) each seat counts toward
            List<int[]> people = new ArrayList<>();
            for (int i : seatedIdx) {
                people.add(profAttrs[prof[i]]);
            }
            int[] assigned = new int[seatedIdx.size()];
            Arrays.fill(assigned, -1);
            if (plan.rule() == CountingRule.ONE_TO_ONE) {
                assigned = model.assignMinimums(people);
            }
            String[] counts = SeatCounting.countsToward(plan.rule(), people, assigned, attrs, min);
            // holders of each minimum attribute among the top-k by merit that were seated
            int[] meritHolders = new int[m];
            for (int s = 0; s < seatedIdx.size(); s++) {
                if (seatedIdx.get(s) < k) {
                    for (int a : profAttrs[prof[seatedIdx.get(s)]]) {
                        meritHolders[a]++;
                    }
                }
            }
            // displacements, paired with seated people ranked below them
            int worst = seatedIdx.isEmpty() ? -1 : seatedIdx.get(seatedIdx.size() - 1);
            List<Displacement> displaced = new ArrayList<>();
            Set<Integer> paired = new HashSet<>();
            Map<Integer, String> pairedBecause = new HashMap<>();
            for (int i = 0; i < worst; i++) {
                if (seated[i]) {
                    continue;
                }
                String why = outWhy[i] == null ? "not seated" : outWhy[i];
                String minAttr = why.startsWith("seat needed for the minimum for ")
                        ? why.substring("seat needed for the minimum for ".length(), why.lastIndexOf(" (")) : null;
                Integer instead = null;
                for (int s = 0; s < seatedIdx.size() && instead == null; s++) {
                    int idx = seatedIdx.get(s);
                    if (idx > i && !paired.contains(s) && (minAttr == null || order.get(idx).holds(minAttr))) {
                        instead = s;
                    }
                }
                if (instead == null) {
                    for (int s = 0; s < seatedIdx.size() && instead == null; s++) {
                        if (seatedIdx.get(s) > i && !paired.contains(s)) {
                            instead = s;
                        }
                    }
                }
                if (instead != null) {
                    paired.add(instead);
                    pairedBecause.put(instead, why);
                }
                displaced.add(new Displacement(order.get(i),
                        instead == null ? null : order.get(seatedIdx.get(instead)), why));
            }
            List<Seat> seats = new ArrayList<>();
            for (int s = 0; s < seatedIdx.size(); s++) {
                int idx = seatedIdx.get(s);
                Applicant ap = order.get(idx);
                String reason = seatReason(s, idx, ap, k, assigned, meritHolders, pairedBecause);
                seats.add(new Seat(ap, s + 1, reason, counts[s]));
            }
            List<QuotaStatus> compliance = SeatCounting.compliance(plan.rule(), quotas, attrs, min, max, people,
                    assigned);
            return new Allocation(seats, displaced, compliance, notes);
        }

        private String seatReason(int s, int idx, Applicant ap, int k, int[] assigned, int[] meritHolders,
                Map<Integer, String> pairedBecause) {
            String rank = "rank " + ap.rank();
            if (plan.rule() == CountingRule.ONE_TO_ONE) {
                int a = assigned[s];
                if (idx < k) {
                    return rank + ", seated on merit"
                            + (a < 0 ? "" : " (counts toward the minimum for " + attrs[a] + ")");
                }
                if (a >= 0) {
                    return rank + ", seated to meet the minimum for " + attrs[a] + " (" + min[a] + ")";
                }
            } else {
                if (idx < k) {
                    return rank + ", seated on merit";
                }
                List<String> needed = new ArrayList<>();
                for (int a : profAttrs[prof[idx]]) {
                    if (min[a] > 0 && meritHolders[a] < min[a]) {
                        needed.add(attrs[a] + " (" + min[a] + ")");
                    }
                }
                if (!needed.isEmpty()) {
                    return rank + ", seated to meet the minimum for " + String.join(" and ", needed);
                }
            }
            String because = pairedBecause.get(s);
            return rank + ", seated on merit after better-ranked applicants were held out"
                    + (because == null ? " by the quotas" : " (" + because + ")");
        }

        private Infeasible infeasible(int[] avail, int size) {
            int seatsWanted = size >= 0 ? size : n;
            List<String> conflicts = new ArrayList<>();
            int[] eligible = new int[m];
            for (int i = 0; i < n; i++) {
                for (int a : profAttrs[prof[i]]) {
                    eligible[a]++;
                }
            }
            for (int a = 0; a < m; a++) {
                if (min[a] > eligible[a]) {
                    conflicts.add(attrs[a] + " minimum " + min[a] + " but only " + eligible[a] + " eligible applicant"
                            + (eligible[a] == 1 ? "" : "s"));
                }
                if (min[a] > seatsWanted) {
                    conflicts.add(attrs[a] + " minimum " + min[a] + " but only " + seatsWanted + " seat"
                            + (seatsWanted == 1 ? "" : "s") + " can be filled");
                }
            }
            List<Integer> mins = new ArrayList<>();
            for (int a = 0; a < m; a++) {
                if (min[a] > 0 && min[a] <= eligible[a]) {
                    mins.add(a);
                }
            }
            if (plan.rule() == CountingRule.ONE_TO_ONE && mins.size() <= 12) {
                // groups of minimums needing more distinct people (or seats) than exist
                List<Integer> reported = new ArrayList<>();
                for (int mask = 1; mask < (1 << mins.size()); mask++) {
                    if (Integer.bitCount(mask) < 2) {
                        continue;
                    }
                    boolean coversReported = false;
                    for (int r : reported) {
                        if ((r & mask) == r) {
                            coversReported = true;
                        }
                    }
                    if (coversReported) {
                        continue;
                    }
                    int sum = 0;
                    List<String> names = new ArrayList<>();
                    List<Integer> members = new ArrayList<>();
                    for (int b = 0; b < mins.size(); b++) {
                        if ((mask & (1 << b)) != 0) {
                            int a = mins.get(b);
                            sum += min[a];
                            names.add(attrs[a] + " (" + min[a] + ")");
                            members.add(a);
                        }
                    }
                    int union = 0;
                    for (int i = 0; i < n; i++) {
                        for (int a : profAttrs[prof[i]]) {
                            if (members.contains(a)) {
                                union++;
                                break;
                            }
                        }
                    }
                    String list = joinAnd(names);
                    if (sum > seatsWanted) {
                        conflicts.add("minimums for " + list + " need " + sum + " seats of " + seatsWanted
                                + " under one-to-one");
                        reported.add(mask);
                    } else if (sum > union) {
                        conflicts.add("minimums for " + list + " need " + sum + " distinct applicants under"
                                + " one-to-one but only " + union + " hold any of these attributes");
                        reported.add(mask);
                    }
                }
            }
            // a minimum whose eligible applicants all hold an attribute with a smaller maximum
            for (int a : mins) {
                for (int b = 0; b < m; b++) {
                    if (b == a || max[b] == QuotaModel.NO_MAX || max[b] >= min[a]) {
                        continue;
                    }
                    boolean all = true;
                    for (int i = 0; i < n && all; i++) {
                        int[] held = profAttrs[prof[i]];
                        if (contains(held, a) && !contains(held, b)) {
                            all = false;
                        }
                    }
                    if (all) {
                        conflicts.add(attrs[a] + " minimum " + min[a] + " but every eligible applicant also holds "
                                + attrs[b] + ", whose maximum is " + max[b]);
                    }
                }
            }
            if (size >= 0) {
                int cap = model.capacityUnderMaxima(avail, size);
                if (cap < size) {
                    conflicts.add("maxima allow at most " + cap + " of the " + size + " seats to be filled");
                }
            }
            int[][] slack = model.relax(avail, size, n);
            List<Relaxation> relax = new ArrayList<>();
            if (slack != null) {
                for (int a = 0; a < m; a++) {
                    if (slack[0][a] > 0) {
                        relax.add(new Relaxation(attrs[a], "min", min[a], min[a] - slack[0][a]));
                    }
                    if (slack[1][a] > 0) {
                        relax.add(new Relaxation(attrs[a], "max", max[a], max[a] + slack[1][a]));
                    }
                }
            }
            if (conflicts.isEmpty()) {
                for (Relaxation r : relax) {
                    conflicts.add((r.bound().equals("min") ? "minimum" : "maximum") + " for " + r.attribute() + " ("
                            + r.from() + ") cannot be met together with the other quotas");
                }
                if (conflicts.isEmpty()) {
                    conflicts.add("the quotas cannot all be met with this pool");
                }
            }
            return new Infeasible(conflicts, relax);
        }
    }

    private static boolean contains(int[] arr, int v) {
        for (int x : arr) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    private static String joinAnd(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
