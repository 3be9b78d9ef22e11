package org.accord.membership.seats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Quota compliance of an existing roster (e.g. after someone left), without allocating anything. */
public final class RosterCheck {

    private RosterCheck() {
    }

    /** One status per quota (per-value caps expanded against the roster), in plan order. */
    public static List<QuotaStatus> compliance(SeatPlan plan, List<Applicant> seated) {
        List<Quota> quotas = plan.expand(seated);
        int m = quotas.size();
        String[] attrs = new String[m];
        int[] min = new int[m];
        int[] max = new int[m];
        Map<String, Integer> index = new HashMap<>();
        for (int a = 0; a < m; a++) {
            Quota q = quotas.get(a);
            attrs[a] = q.attribute();
            min[a] = q.minOrZero();
            max[a] = q.max() == null ? QuotaModel.NO_MAX : q.max();
            index.put(attrs[a], a);
        }
        List<int[]> people = new ArrayList<>();
        for (Applicant ap : seated) {
            people.add(ap.attributes().stream().filter(index::containsKey).mapToInt(index::get).sorted().toArray());
        }
        int[] assigned = new int[people.size()];
        java.util.Arrays.fill(assigned, -1);
        if (plan.rule() == CountingRule.ONE_TO_ONE && !seated.isEmpty()) {
            // assignMinimums needs the minimums to be reachable; cap them at what the roster can fill
            int[] reachable = maxFill(people, min, attrs);
            assigned = new QuotaModel(plan.rule(), attrs, reachable, max, new int[0][]).assignMinimums(people);
        }
        return SeatCounting.compliance(plan.rule(), quotas, attrs, min, max, people, assigned);
    }

    /** Largest one-to-one fill of each minimum, found by lowering minimums until an assignment exists. */
    private static int[] maxFill(List<int[]> people, int[] min, String[] attrs) {
        int m = min.length;
        int[][] profAttrs = people.toArray(new int[0][]);
        int[] avail = new int[profAttrs.length];
        java.util.Arrays.fill(avail, 1);
        int[] noMax = new int[m];
        java.util.Arrays.fill(noMax, QuotaModel.NO_MAX);
        QuotaModel model = new QuotaModel(CountingRule.ONE_TO_ONE, attrs, min, noMax, profAttrs);
        int[][] relax = model.relax(avail, people.size(), people.size());
        int[] out = min.clone();
        if (relax != null) {
            for (int a = 0; a < m; a++) {
                out[a] = Math.max(0, min[a] - relax[0][a]);
            }
        }
        return out;
    }
}
