package org.accord.membership.seats;

import java.util.ArrayList;
import java.util.List;

/**
 * What every allocator (and the roster check) reports per seat and per quota, computed one way. People are given as
 * the indices of the quota attributes they hold; {@code assigned[s]} is the minimum seat {@code s} fills under
 * one-to-one (-1 for none).
 */
final class SeatCounting {

    private SeatCounting() {
    }

    /** Which minimum(s) each seat counts toward: the assigned one under one-to-one, every held minimum otherwise. */
    static String[] countsToward(CountingRule rule, List<int[]> seated, int[] assigned, String[] attrs, int[] min) {
        String[] counts = new String[seated.size()];
        for (int s = 0; s < counts.length; s++) {
            if (rule == CountingRule.ONE_TO_ONE) {
                counts[s] = assigned[s] < 0 ? "" : attrs[assigned[s]];
            } else {
                List<String> held = new ArrayList<>();
                for (int a : seated.get(s)) {
                    if (min[a] > 0) {
                        held.add(attrs[a]);
                    }
                }
                counts[s] = String.join(", ", held);
            }
        }
        return counts;
    }

    /** Each quota against the seated people: actual holders, and whether minimum and maximum hold. */
    static List<QuotaStatus> compliance(CountingRule rule, List<Quota> quotas, String[] attrs, int[] min, int[] max,
                                        List<int[]> seated, int[] assigned) {
        List<QuotaStatus> out = new ArrayList<>();
        for (int a = 0; a < attrs.length; a++) {
            int actual = 0;
            int filled = 0;
            for (int s = 0; s < seated.size(); s++) {
                for (int x : seated.get(s)) {
                    if (x == a) {
                        actual++;
                    }
                }
                if (assigned[s] == a) {
                    filled++;
                }
            }
            int towardMin = rule == CountingRule.ONE_TO_ONE ? filled : actual;
            Quota q = quotas.get(a);
            out.add(new QuotaStatus(attrs[a], q.min(), q.max(), actual, towardMin >= min[a] && actual <= max[a]));
        }
        return out;
    }
}
