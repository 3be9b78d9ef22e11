package org.accord.membership.seats;

import java.util.Arrays;
import java.util.List;

/**
 * Exact roster check for tests on rosters too large for {@link BruteForce#feasible}: each seated person is their own
 * profile, and QuotaModel's CP-SAT model decides whether the minimums can be assigned (one-to-one).
 */
final class ExactRosterCheck {

    private ExactRosterCheck() {
    }

    static boolean valid(List<Applicant> roster, List<Quota> quotas, CountingRule rule) {
        int m = quotas.size();
        String[] attrs = new String[m];
        int[] min = new int[m];
        int[] max = new int[m];
        for (int a = 0; a < m; a++) {
            attrs[a] = quotas.get(a).attribute();
            min[a] = quotas.get(a).minOrZero();
            max[a] = quotas.get(a).max() == null ? QuotaModel.NO_MAX : quotas.get(a).max();
        }
        int[][] held = new int[roster.size()][];
        for (int i = 0; i < roster.size(); i++) {
            Applicant ap = roster.get(i);
            held[i] = java.util.stream.IntStream.range(0, m).filter(a -> ap.holds(attrs[a])).toArray();
        }
        int[] ones = new int[roster.size()];
        Arrays.fill(ones, 1);
        return new QuotaModel(rule, attrs, min, max, held).feasible(ones, new int[roster.size()], 0);
    }
}
