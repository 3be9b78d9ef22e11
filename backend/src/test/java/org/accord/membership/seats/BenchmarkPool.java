package org.accord.membership.seats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** The timing tests' pool: 2,000 seeded applicants and a plan of 7 overlapping attributes plus a per-country cap. */
final class BenchmarkPool {

    private BenchmarkPool() {
    }

    static List<Applicant> applicants() {
        Random rnd = new Random(42);
        String[] groups = {"group:SME", "group:CIVIL_SOCIETY", "group:GOVERNMENT", "group:INDUSTRY", "group:ACADEMIA"};
        String[] regions = {"region:AFRICAN", "region:ASIA_PACIFIC", "region:GRULAC", "region:EEG", "region:WEOG"};
        List<Applicant> pool = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            Set<String> attrs = new HashSet<>();
            attrs.add(groups[rnd.nextInt(groups.length)]);
            String region = regions[rnd.nextInt(regions.length)];
            attrs.add(region);
            boolean globalMajority = !region.equals("region:WEOG") && !region.equals("region:EEG");
            if (globalMajority) {
                attrs.add("gm");
            }
            if (rnd.nextDouble() < 0.04) {
                attrs.add("indigenous");
            }
            if (rnd.nextDouble() < 0.5) {
                attrs.add("gender:woman");
            }
            attrs.add("country:" + region.charAt(7) + rnd.nextInt(10));
            pool.add(new Applicant("a" + i, 1 + rnd.nextInt(2000), attrs));
        }
        return pool;
    }

    static List<Quota> quotas() {
        // 7 overlapping attributes with minimums and maxima, plus a per-country cap
        return List.of(
                new Quota("group:SME", 12, 30),
                new Quota("group:CIVIL_SOCIETY", 12, 30),
                new Quota("group:GOVERNMENT", null, 20),
                new Quota("indigenous", 8, null),
                new Quota("gm", 20, 70),
                new Quota("region:AFRICAN", 15, 30),
                new Quota("gender:woman", 25, 60),
                SeatPlan.maxPerValue("country:", 4));
    }
}
