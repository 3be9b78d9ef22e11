package org.accord.membership.seats;

import java.util.SplittableRandom;

/**
 * The Sortition Foundation's "legacy" greedy draw, on profile counts. Drawing a uniformly random eligible person and
 * then keeping only their profile is the same as drawing the profile with probability proportional to its remaining
 * eligible people; who exactly is seated within a profile is drawn uniformly afterwards.
 */
final class LegacyDraw {

    private LegacyDraw() {
    }

    /** One attempt: counts per profile, or null if the draw got stuck (a minimum can no longer be met). */
    static PanelModel.Panel attempt(PanelModel pm, SplittableRandom rng) {
        int profiles = pm.profiles;
        int m = pm.m;
        int[] rem = pm.size.clone();
        int[] held = new int[m];
        int[] toward = new int[m];
        int[] counts = new int[profiles];
        boolean oneToOne = pm.rule == CountingRule.ONE_TO_ONE;
        int[][] slots = null;
        if (oneToOne) {
            slots = new int[pm.classAttrs.length][];
            for (int c = 0; c < slots.length; c++) {
                slots[c] = new int[pm.classAttrs[c].length];
            }
        }
        boolean[] eligible = new boolean[profiles];
        int[] elig = new int[m];
        for (int step = 0; step < pm.panel; step++) {
            int seatsLeft = pm.panel - step;
            java.util.Arrays.fill(elig, 0);
            int total = 0;
            for (int p = 0; p < profiles; p++) {
                boolean ok = rem[p] > 0;
                for (int a : pm.profAttrs[p]) {
                    if (ok && pm.max[a] != QuotaModel.NO_MAX && held[a] >= pm.max[a]) {
                        ok = false;
                    }
                }
                eligible[p] = ok;
                if (ok) {
                    total += rem[p];
                    for (int a : pm.profAttrs[p]) {
                        elig[a] += rem[p];
                    }
                }
            }
            if (total == 0) {
                return null;
            }
            // the most urgent unmet minimum: remaining need / remaining eligible (first in plan order on ties)
            int urgent = -1;
            double worst = 0;
            int needSum = 0;
            for (int a = 0; a < m; a++) {
                int need = pm.min[a] - (oneToOne ? toward[a] : held[a]);
                if (need <= 0) {
                    continue;
                }
                if (elig[a] < need || (!oneToOne && need > seatsLeft)) {
                    return null;
                }
                needSum += need;
                double ratio = need / (double) elig[a];
                if (ratio > worst) {
                    worst = ratio;
                    urgent = a;
                }
            }
            if (oneToOne && needSum > seatsLeft) {
                return null;
            }
            int pick = rng.nextInt(urgent < 0 ? total : elig[urgent]);
            int chosen = -1;
            for (int p = 0; p < profiles && chosen < 0; p++) {
                if (eligible[p] && (urgent < 0 || holds(pm.profAttrs[p], urgent))) {
                    if (pick < rem[p]) {
                        chosen = p;
                    } else {
                        pick -= rem[p];
                    }
                }
            }
            counts[chosen]++;
            rem[chosen]--;
            for (int a : pm.profAttrs[chosen]) {
                held[a]++;
            }
            if (urgent >= 0) {
                toward[urgent]++; // under one-to-one the person fills the minimum they were drawn for
                if (oneToOne) {
                    int c = pm.cls[chosen];
                    for (int j = 0; j < pm.classAttrs[c].length; j++) {
                        if (pm.classAttrs[c][j] == urgent) {
                            slots[c][j]++;
                        }
                    }
                }
            }
        }
        return new PanelModel.Panel(counts, slots);
    }

    private static boolean holds(int[] attrs, int a) {
        for (int x : attrs) {
            if (x == a) {
                return true;
            }
        }
        return false;
    }
}
