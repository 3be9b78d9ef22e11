package org.accord.membership.seats;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * CP-SAT models over membership profiles (the set of quota attributes a person holds). People with the same profile
 * are interchangeable for the quotas, so variables are counts per profile, not per person.
 */
final class QuotaModel {

    static final int NO_MAX = Integer.MAX_VALUE;

    private static volatile boolean loaded;

    static void ensureLoaded() {
        if (!loaded) {
            synchronized (QuotaModel.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }

    final CountingRule rule;
    final String[] attrs;
    final int[] min;
    final int[] max;
    final int m;
    final int[][] profAttrs;
    final int profiles;
    int solves;

    QuotaModel(CountingRule rule, String[] attrs, int[] min, int[] max, int[][] profAttrs) {
        ensureLoaded();
        this.rule = rule;
        this.attrs = attrs;
        this.min = min;
        this.max = max;
        this.m = attrs.length;
        this.profAttrs = profAttrs;
        this.profiles = profAttrs.length;
    }

    boolean feasible(int[] fixed, int[] avail, int need) {
        return feasible(fixed, avail, need, min, max);
    }

    /**
     * Is there a roster containing the {@code fixed} people (counts per profile) plus exactly {@code need} of the
     * {@code avail} people meeting minimums {@code mn} and maxima {@code mx}?
     */
    boolean feasible(int[] fixed, int[] avail, int need, int[] mn, int[] mx) {
        if (need < 0) {
            return false;
        }
        long total = 0;
        for (int p = 0; p < profiles; p++) {
            total += avail[p];
        }
        if (need > total) {
            return false;
        }
        int[] fa = new int[m];
        int[] aa = new int[m];
        for (int p = 0; p < profiles; p++) {
            for (int a : profAttrs[p]) {
                fa[a] += fixed[p];
                aa[a] += avail[p];
            }
        }
        boolean anyConstraint = false;
        int sumMin = 0;
        for (int a = 0; a < m; a++) {
            if (fa[a] > mx[a]) {
                return false;
            }
            if (fa[a] + Math.min(need, aa[a]) < mn[a]) {
                return false;
            }
            if (mx[a] != NO_MAX && fa[a] + Math.min(need, aa[a]) > mx[a]) {
                anyConstraint = true;
            }
            if (mn[a] > fa[a]) {
                anyConstraint = true;
            }
            sumMin += mn[a];
        }
        if (rule == CountingRule.ONE_TO_ONE && sumMin > 0) {
            anyConstraint = true;
        }
        if (!anyConstraint) {
            return true;
        }
        CpModel model = new CpModel();
        IntVar[] y = countVars(model, avail);
        model.addEquality(LinearExpr.sum(nonNull(y)), need);
        addQuotaConstraints(model, fixed, y, null, null, mn, mx, fa);
        return solve(model, false) != null;
    }

    /** Largest roster size in [0, cap] meeting all quotas with the given people, or -1 if none. */
    int maxSize(int[] avail, int cap) {
        CpModel model = new CpModel();
        IntVar[] y = countVars(model, avail);
        LinearExpr size = LinearExpr.sum(nonNull(y));
        model.addLessOrEqual(size, cap);
        addQuotaConstraints(model, new int[profiles], y, null, null, min, max, new int[m]);
        model.maximize(size);
        CpSolver solver = solve(model, true);
        return solver == null ? -1 : (int) Math.round(solver.objectiveValue());
    }

    /** Largest roster size ignoring minimums (only maxima), capped at {@code cap}. */
    int capacityUnderMaxima(int[] avail, int cap) {
        int[] noMin = new int[m];
        CpModel model = new CpModel();
        IntVar[] y = countVars(model, avail);
        LinearExpr size = LinearExpr.sum(nonNull(y));
        model.addLessOrEqual(size, cap);
        addQuotaConstraints(model, new int[profiles], y, null, null, noMin, max, new int[m]);
        model.maximize(size);
        CpSolver solver = solve(model, true);
        return solver == null ? 0 : (int) Math.round(solver.objectiveValue());
    }

    /**
     * Smallest total relaxation: minimise the sum of amounts by which minimums are lowered and maxima raised so that a
     * roster of size {@code size} exists (or, if {@code size < 0}, of any size up to {@code cap}, preferring larger).
     * Returns {lowerMin[], raiseMax[]} or null if even full relaxation fails.
     */
    int[][] relax(int[] avail, int size, int cap) {
        CpModel model = new CpModel();
        IntVar[] y = countVars(model, avail);
        LinearExpr sizeExpr = LinearExpr.sum(nonNull(y));
        if (size >= 0) {
            model.addEquality(sizeExpr, size);
        } else {
            model.addLessOrEqual(sizeExpr, cap);
        }
        IntVar[] lower = new IntVar[m];
        IntVar[] raise = new IntVar[m];
        LinearExprBuilder slack = LinearExpr.newBuilder();
        int bound = Math.max(cap, size) + 1;
        for (int a = 0; a < m; a++) {
            if (min[a] > 0) {
                lower[a] = model.newIntVar(0, min[a], "lower" + a);
                slack.add(lower[a]);
            }
            if (max[a] != NO_MAX) {
                raise[a] = model.newIntVar(0, bound, "raise" + a);
                slack.add(raise[a]);
            }
        }
        addQuotaConstraints(model, new int[profiles], y, lower, raise, min, max, new int[m]);
        if (size >= 0) {
            model.minimize(slack);
        } else {
            LinearExprBuilder obj = LinearExpr.newBuilder();
            obj.addTerm(slack.build(), (long) cap + 1);
            obj.addTerm(sizeExpr, -1);
            model.minimize(obj);
        }
        CpSolver solver = solve(model, true);
        if (solver == null) {
            return null;
        }
        int[] lo = new int[m];
        int[] hi = new int[m];
        for (int a = 0; a < m; a++) {
            lo[a] = lower[a] == null ? 0 : (int) solver.value(lower[a]);
            hi[a] = raise[a] == null ? 0 : (int) solver.value(raise[a]);
        }
        return new int[][] {lo, hi};
    }

    /**
     * One-to-one: choose which minimum each seated person fills. {@code people} are attribute-index lists of the seated
     * persons in merit order; worse-ranked people are preferred for minimum slots. Returns the attribute index per
     * person, or -1.
     */
    int[] assignMinimums(List<int[]> people) {
        int n = people.size();
        int[] result = new int[n];
        java.util.Arrays.fill(result, -1);
        CpModel model = new CpModel();
        List<List<IntVar>> perAttr = new ArrayList<>();
        for (int a = 0; a < m; a++) {
            perAttr.add(new ArrayList<>());
        }
        BoolVar[][] u = new BoolVar[n][];
        LinearExprBuilder obj = LinearExpr.newBuilder();
        for (int i = 0; i < n; i++) {
            int[] held = people.get(i);
            u[i] = new BoolVar[held.length];
            List<com.google.ortools.sat.Literal> mine = new ArrayList<>();
            for (int j = 0; j < held.length; j++) {
                int a = held[j];
                if (min[a] > 0) {
                    u[i][j] = model.newBoolVar("u" + i + "_" + a);
                    perAttr.get(a).add(u[i][j]);
                    mine.add(u[i][j]);
                    obj.addTerm(u[i][j], i + 1);
                }
            }
            if (mine.size() > 1) {
                model.addAtMostOne(mine);
            }
        }
        for (int a = 0; a < m; a++) {
            if (min[a] > 0) {
                model.addEquality(LinearExpr.sum(perAttr.get(a).toArray(new IntVar[0])), min[a]);
            }
        }
        model.maximize(obj);
        // the objective only decides which seat is reported as filling which minimum: stop after a short time
        CpSolver solver = solve(model, true, 0.05);
        if (solver == null) {
            model.clearObjective();
            solver = solve(model, false);
        }
        if (solver == null) {
            return result;
        }
        for (int i = 0; i < n; i++) {
            int[] held = people.get(i);
            for (int j = 0; j < held.length; j++) {
                if (u[i][j] != null && solver.booleanValue(u[i][j])) {
                    result[i] = held[j];
                }
            }
        }
        return result;
    }

    private IntVar[] countVars(CpModel model, int[] avail) {
        IntVar[] y = new IntVar[profiles];
        for (int p = 0; p < profiles; p++) {
            if (avail[p] > 0) {
                y[p] = model.newIntVar(0, avail[p], "y" + p);
            }
        }
        return y;
    }

    private static IntVar[] nonNull(IntVar[] vars) {
        List<IntVar> out = new ArrayList<>();
        for (IntVar v : vars) {
            if (v != null) {
                out.add(v);
            }
        }
        return out.toArray(new IntVar[0]);
    }

    /**
     * Quota constraints on seated counts fixed[p] + y[p]. With {@code lower}/{@code raise} slack variables the
     * minimums become min - lower and maxima max + raise. {@code fa} = fixed count per attribute.
     */
    private void addQuotaConstraints(CpModel model, int[] fixed, IntVar[] y, IntVar[] lower, IntVar[] raise,
            int[] mn, int[] mx, int[] fa) {
        List<List<IntVar>> holders = new ArrayList<>();
        for (int a = 0; a < m; a++) {
            holders.add(new ArrayList<>());
        }
        for (int p = 0; p < profiles; p++) {
            if (y[p] != null) {
                for (int a : profAttrs[p]) {
                    holders.get(a).add(y[p]);
                }
            }
        }
        for (int a = 0; a < m; a++) {
            IntVar[] h = holders.get(a).toArray(new IntVar[0]);
            if (mx[a] != NO_MAX) {
                LinearExprBuilder e = LinearExpr.newBuilder().addSum(h);
                if (raise != null && raise[a] != null) {
                    e.addTerm(raise[a], -1);
                }
                model.addLessOrEqual(e, (long) mx[a] - fa[a]);
            }
            if (rule == CountingRule.COUNT_TOWARD_ALL && mn[a] > 0) {
                LinearExprBuilder e = LinearExpr.newBuilder().addSum(h);
                if (lower != null && lower[a] != null) {
                    e.addTerm(lower[a], 1);
                }
                model.addGreaterOrEqual(e, (long) mn[a] - fa[a]);
            }
        }
        if (rule == CountingRule.ONE_TO_ONE) {
            // people are interchangeable for minimum slots when they hold the same minimum attributes:
            // aggregate profiles into classes by that subset to keep the flow small
            java.util.Map<java.util.BitSet, List<Integer>> classes = new java.util.LinkedHashMap<>();
            for (int p = 0; p < profiles; p++) {
                java.util.BitSet key = new java.util.BitSet();
                for (int a : profAttrs[p]) {
                    if (mn[a] > 0) {
                        key.set(a);
                    }
                }
                if (!key.isEmpty() && fixed[p] + (y[p] == null ? 0 : 1) > 0) {
                    classes.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
                }
            }
            List<List<IntVar>> slots = new ArrayList<>();
            for (int a = 0; a < m; a++) {
                slots.add(new ArrayList<>());
            }
            int c = 0;
            for (var entry : classes.entrySet()) {
                long fixedSum = 0;
                long seatedMax = 0;
                LinearExprBuilder e = LinearExpr.newBuilder();
                for (int p : entry.getValue()) {
                    fixedSum += fixed[p];
                    seatedMax += fixed[p];
                    if (y[p] != null) {
                        seatedMax += y[p].getDomain().max();
                        e.addTerm(y[p], -1);
                    }
                }
                List<IntVar> zs = new ArrayList<>();
                for (int a = entry.getKey().nextSetBit(0); a >= 0; a = entry.getKey().nextSetBit(a + 1)) {
                    IntVar z = model.newIntVar(0, Math.min(seatedMax, mn[a]), "z" + c + "_" + a);
                    zs.add(z);
                    slots.get(a).add(z);
                }
                e.addSum(zs.toArray(new IntVar[0]));
                model.addLessOrEqual(e, fixedSum);
                c++;
            }
            for (int a = 0; a < m; a++) {
                if (mn[a] > 0) {
                    LinearExprBuilder e = LinearExpr.newBuilder().addSum(slots.get(a).toArray(new IntVar[0]));
                    if (lower != null && lower[a] != null) {
                        e.addTerm(lower[a], 1);
                    }
                    model.addGreaterOrEqual(e, mn[a]);
                }
            }
        }
    }

    private CpSolver solve(CpModel model, boolean optimise) {
        return solve(model, optimise, 0);
    }

    private CpSolver solve(CpModel model, boolean optimise, double timeLimitSeconds) {
        solves++;
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1);
        if (timeLimitSeconds > 0) {
            solver.getParameters().setMaxTimeInSeconds(timeLimitSeconds);
        }
        if (!optimise) {
            solver.getParameters().setStopAfterFirstSolution(true);
            solver.getParameters().setCpModelPresolve(false);
        }
        CpSolverStatus status = solver.solve(model);
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            return solver;
        }
        if (status == CpSolverStatus.UNKNOWN && timeLimitSeconds > 0) {
            return null;
        }
        if (status != CpSolverStatus.INFEASIBLE) {
            throw new IllegalStateException("CP-SAT returned " + status);
        }
        return null;
    }
}
