package org.accord.membership.seats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Stratified lottery (sortition): a roster meeting every quota, drawn at random from a published seed.
 *
 * <p>The pool is sorted by id first and every step is deterministic (single-threaded GLOP and CP-SAT, no wall-clock
 * limits, no hash-order iteration), so the same plan, pool (in any order), seed and method give the same roster.
 * Randomness comes only from a {@link SplittableRandom} seeded with the seed. For {@link LotteryMethod#LEXIMIN} the
 * distribution itself does not depend on the seed: it can be computed and published before the seed is known.
 *
 * <p>If the quotas cannot be met, the result is the {@link Infeasible} that {@link MeritAllocator} gives. With fewer
 * applicants than seats, as many seats are filled as the quotas allow (as in {@link MeritAllocator}).
 */
public final class LotteryAllocator {

    /** Legacy draws that get stuck are restarted with the next random stream up to this many times. */
    static final int LEGACY_ATTEMPTS = 1000;
    /** Legacy-style panels (fixed internal seed) that seed the leximin column generation. */
    private static final int INITIAL_PANELS = 200;
    private static final long INITIAL_PANEL_SEED = 0x5EA75L;

    private int lastColumnCount;
    private int lastStages;
    private int lastSolveCount;

    /** Panels (columns) generated for the last LEXIMIN distribution (diagnostics). */
    public int lastColumnCount() {
        return lastColumnCount;
    }

    /** Leximin stages (levels fixed) in the last LEXIMIN distribution (diagnostics). */
    public int lastStages() {
        return lastStages;
    }

    /** CP-SAT solves in the last call (diagnostics). */
    public int lastSolveCount() {
        return lastSolveCount;
    }

    public Lottery draw(SeatPlan plan, List<Applicant> pool, long seed, LotteryMethod method) {
        return prepare(plan, pool, method).draw(seed);
    }

    /**
     * Everything that does not depend on the seed (for LEXIMIN: the distribution). Package-private so tests can draw
     * many times from one distribution.
     */
    Prepared prepare(SeatPlan plan, List<Applicant> pool, LotteryMethod method) {
        if (plan == null) {
            throw new IllegalArgumentException("seat plan must not be null");
        }
        if (pool == null) {
            throw new IllegalArgumentException("applicant pool must not be null");
        }
        if (method == null) {
            throw new IllegalArgumentException("lottery method must not be null");
        }
        Set<String> ids = new HashSet<>();
        for (Applicant a : pool) {
            if (a == null) {
                throw new IllegalArgumentException("applicant pool contains null");
            }
            if (!ids.add(a.id())) {
                throw new IllegalArgumentException("duplicate applicant id " + a.id());
            }
        }
        return new Prepared(plan, pool, method);
    }

    /** A plan and pool set up for drawing. */
    final class Prepared {
        final SeatPlan plan;
        final LotteryMethod method;
        final List<Applicant> byId;
        final String[] attrs;
        final int[] min;
        final int[] max;
        final List<Quota> quotas;
        final int[] prof;
        final int[][] profAttrs;
        final int[][] members;
        final List<String> notes = new ArrayList<>();
        final Infeasible infeasible;
        final PanelModel model;
        /** LEXIMIN only: panels, their probabilities, and the selection probability per profile. */
        List<int[]> columns = List.of();
        double[] columnProbability = new double[0];
        double[] profileProbability = new double[0];

        Prepared(SeatPlan plan, List<Applicant> pool, LotteryMethod method) {
            this.plan = plan;
            this.method = method;
            byId = pool.stream().sorted(Comparator.comparing(Applicant::id)).toList();
            quotas = plan.expand(byId);
            int m = quotas.size();
            int n = byId.size();
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
            List<List<Integer>> mem = new ArrayList<>();
            prof = new int[n];
            for (int i = 0; i < n; i++) {
                BitSet bs = new BitSet();
                for (int a = 0; a < m; a++) {
                    if (byId.get(i).holds(attrs[a])) {
                        bs.set(a);
                    }
                }
                Integer p = index.get(bs);
                if (p == null) {
                    p = index.size();
                    index.put(bs, p);
                    pa.add(bs.stream().toArray());
                    mem.add(new ArrayList<>());
                }
                prof[i] = p;
                mem.get(p).add(i);
            }
            profAttrs = pa.toArray(new int[0][]);
            members = mem.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
            int[] size = Arrays.stream(members).mapToInt(a -> a.length).toArray();

            QuotaModel check = new QuotaModel(plan.rule(), attrs, min, max, profAttrs);
            int k;
            boolean ok;
            if (n >= plan.seats()) {
                k = plan.seats();
                ok = check.feasible(new int[size.length], size, k);
            } else {
                k = check.maxSize(size, n);
                ok = k >= 0;
                if (ok) {
                    notes.add("only " + n + " applicant" + (n == 1 ? "" : "s") + " for " + plan.seats() + " seats: "
                            + k + " seated, " + (plan.seats() - k) + " left vacant");
                }
            }
            int solves = check.solves;
            if (!ok) {
                Result r = new MeritAllocator().allocate(plan, byId);
                if (!(r instanceof Infeasible inf)) {
                    throw new IllegalStateException("merit allocation found a roster the lottery could not");
                }
                infeasible = inf;
                model = null;
                lastSolveCount = solves;
                return;
            }
            infeasible = null;
            model = new PanelModel(plan.rule(), min, max, profAttrs, size, k);
            if (method == LotteryMethod.LEXIMIN) {
                leximin();
            }
            lastSolveCount = solves + model.solves;
        }

        private void leximin() {
            List<PanelModel.Panel> initial = new ArrayList<>();
            if (model.panel > 0) {
                // cheap random panels give the master LP a diverse start; fixed seed: the distribution is seed-free
                SplittableRandom rng = new SplittableRandom(INITIAL_PANEL_SEED);
                for (int i = 0; i < INITIAL_PANELS; i++) {
                    PanelModel.Panel c = LegacyDraw.attempt(model, rng);
                    if (c != null && model.valid(c.counts())) {
                        initial.add(c);
                    }
                }
            }
            LeximinSolver solver = new LeximinSolver(model);
            columnProbability = solver.solve(initial);
            columns = solver.columns();
            profileProbability = new double[model.profiles];
            for (int c = 0; c < columns.size(); c++) {
                for (int p = 0; p < model.profiles; p++) {
                    profileProbability[p] += columnProbability[c] * columns.get(c)[p] / model.size[p];
                }
            }
            lastColumnCount = columns.size();
            lastStages = solver.stages;
        }

        Lottery draw(long seed) {
            if (infeasible != null) {
                return new Lottery(infeasible, Map.of(), seed, method);
            }
            int before = model.solves;
            SplittableRandom rng = new SplittableRandom(seed);
            List<String> drawNotes = new ArrayList<>(notes);
            int[] counts;
            if (method == LotteryMethod.LEXIMIN) {
                counts = columns.get(pickColumn(rng.nextDouble()));
            } else {
                counts = legacy(rng, drawNotes);
            }
            List<Integer> seated = new ArrayList<>();
            for (int p = 0; p < counts.length; p++) {
                // partial Fisher-Yates over the profile's members (in id order)
                int[] pick = members[p].clone();
                for (int j = 0; j < counts[p]; j++) {
                    int r = j + rng.nextInt(pick.length - j);
                    int t = pick[j];
                    pick[j] = pick[r];
                    pick[r] = t;
                    seated.add(pick[j]);
                }
            }
            Map<String, Double> probability = new LinkedHashMap<>();
            if (method == LotteryMethod.LEXIMIN) {
                for (int i = 0; i < byId.size(); i++) {
                    probability.put(byId.get(i).id(), profileProbability[prof[i]]);
                }
            }
            drawNotes.add(0, "drawn by lot, method " + method + ", seed " + seed);
            Allocation allocation = buildAllocation(seated, drawNotes);
            lastSolveCount += model.solves - before;
            return new Lottery(allocation, probability, seed, method);
        }

        private int pickColumn(double u) {
            double acc = 0;
            int last = -1;
            for (int c = 0; c < columns.size(); c++) {
                if (columnProbability[c] > 0) {
                    acc += columnProbability[c];
                    last = c;
                    if (u < acc) {
                        return c;
                    }
                }
            }
            return last; // rounding: u just below 1
        }

        private int[] legacy(SplittableRandom rng, List<String> drawNotes) {
            for (int attempt = 0; attempt < LEGACY_ATTEMPTS; attempt++) {
                PanelModel.Panel c = LegacyDraw.attempt(model, rng.split());
                if (c != null && model.valid(c.counts())) {
                    return c.counts();
                }
            }
            // a panel maximising random weights drawn from the same seed: meets the quotas, not the legacy procedure
            long[] weight = new long[model.profiles];
            for (int p = 0; p < weight.length; p++) {
                weight[p] = rng.nextLong(1_000_000L);
            }
            drawNotes.add("the legacy draw got stuck " + LEGACY_ATTEMPTS
                    + " times; the panel was chosen with random weights from the same seed instead");
            return model.best(weight).counts();
        }

        private Allocation buildAllocation(List<Integer> chosen, List<String> drawNotes) {
            List<Integer> seated = new ArrayList<>(chosen);
            seated.sort(Comparator.comparing(byId::get, Applicant.MERIT_ORDER));
            List<int[]> people = seated.stream().map(i -> profAttrs[prof[i]]).toList();
            int[] assigned = new int[seated.size()];
            Arrays.fill(assigned, -1);
            if (plan.rule() == CountingRule.ONE_TO_ONE) {
                assigned = model.assignMinimums(people);
            }
            String[] counts = SeatCounting.countsToward(plan.rule(), people, assigned, attrs, min);
            List<Seat> seats = new ArrayList<>();
            for (int s = 0; s < seated.size(); s++) {
                int i = seated.get(s);
                String reason = method == LotteryMethod.LEXIMIN
                        ? String.format(Locale.ROOT, "Drawn by lot (selection probability %.1f %%)",
                                100 * profileProbability[prof[i]])
                        : "Drawn by lot (legacy stratified draw)";
                seats.add(new Seat(byId.get(i), s + 1, reason, counts[s]));
            }
            List<QuotaStatus> compliance = SeatCounting.compliance(plan.rule(), quotas, attrs, min, max, people,
                    assigned);
            return new Allocation(seats, List.of(), compliance, drawNotes);
        }
    }
}
