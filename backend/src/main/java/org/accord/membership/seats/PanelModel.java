package org.accord.membership.seats;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CP-SAT model of one panel for the lottery: a count per membership profile (people with the same quota attributes
 * are interchangeable), exactly {@code panel} seats, all quotas met. Built once and re-solved with new objectives. All
 * solves use one worker and no wall-clock limit, so results are reproducible.
 */
final class PanelModel {

    final CountingRule rule;
    final int[] min;
    final int[] max;
    final int m;
    final int[][] profAttrs;
    final int[] size;
    final int profiles;
    final int panel;
    /** One-to-one: class of each profile (the minimum attributes it holds; -1 if none) and each class's minimums. */
    final int[] cls;
    final int[][] classAttrs;
    private final CpModel model;
    private final IntVar[] count;
    private final IntVar[][] slot;
    int solves;

    /**
     * A panel: counts per profile and, under one-to-one, how many seated members of each class fill each of its
     * minimums ({@code toward[class][j]} for {@code classAttrs[class][j]}; null under count-toward-all).
     */
    record Panel(int[] counts, int[][] toward) {
    }

    PanelModel(CountingRule rule, int[] min, int[] max, int[][] profAttrs, int[] size, int panel) {
        QuotaModel.ensureLoaded();
        this.rule = rule;
        this.min = min;
        this.max = max;
        this.m = min.length;
        this.profAttrs = profAttrs;
        this.size = size;
        this.profiles = size.length;
        this.panel = panel;
        model = new CpModel();
        count = new IntVar[profiles];
        List<List<IntVar>> holders = new ArrayList<>();
        for (int a = 0; a < m; a++) {
            holders.add(new ArrayList<>());
        }
        for (int p = 0; p < profiles; p++) {
            count[p] = model.newIntVar(0, Math.min(size[p], panel), "c" + p);
            for (int a : profAttrs[p]) {
                holders.get(a).add(count[p]);
            }
        }
        model.addEquality(LinearExpr.sum(count), panel);
        for (int a = 0; a < m; a++) {
            IntVar[] h = holders.get(a).toArray(new IntVar[0]);
            if (max[a] != QuotaModel.NO_MAX) {
                model.addLessOrEqual(LinearExpr.sum(h), max[a]);
            }
            if (rule == CountingRule.COUNT_TOWARD_ALL && min[a] > 0) {
                model.addGreaterOrEqual(LinearExpr.sum(h), min[a]);
            }
        }
        // classes: profiles holding the same minimum attributes are interchangeable for one-to-one slots
        Map<BitSet, List<Integer>> classes = new LinkedHashMap<>();
        cls = new int[profiles];
        for (int p = 0; p < profiles; p++) {
            BitSet key = new BitSet();
            for (int a : profAttrs[p]) {
                if (min[a] > 0) {
                    key.set(a);
                }
            }
            cls[p] = -1;
            if (!key.isEmpty()) {
                List<Integer> list = classes.computeIfAbsent(key, k -> new ArrayList<>());
                list.add(p);
            }
        }
        classAttrs = new int[classes.size()][];
        int ci = 0;
        for (Map.Entry<BitSet, List<Integer>> e : classes.entrySet()) {
            classAttrs[ci] = e.getKey().stream().toArray();
            for (int p : e.getValue()) {
                cls[p] = ci;
            }
            ci++;
        }
        slot = new IntVar[classAttrs.length][];
        if (rule == CountingRule.ONE_TO_ONE) {
            // transportation from classes to minimum slots
            List<List<IntVar>> slots = new ArrayList<>();
            for (int a = 0; a < m; a++) {
                slots.add(new ArrayList<>());
            }
            int c = 0;
            for (Map.Entry<BitSet, List<Integer>> e : classes.entrySet()) {
                slot[c] = new IntVar[classAttrs[c].length];
                for (int j = 0; j < classAttrs[c].length; j++) {
                    int a = classAttrs[c][j];
                    slot[c][j] = model.newIntVar(0, min[a], "z" + c + "_" + a);
                    slots.get(a).add(slot[c][j]);
                }
                IntVar[] members = e.getValue().stream().map(p -> count[p]).toArray(IntVar[]::new);
                model.addLessOrEqual(LinearExpr.sum(slot[c]), LinearExpr.sum(members));
                c++;
            }
            for (int a = 0; a < m; a++) {
                if (min[a] > 0) {
                    model.addGreaterOrEqual(LinearExpr.sum(slots.get(a).toArray(new IntVar[0])), min[a]);
                }
            }
        }
    }

    /** A panel maximising the sum of {@code weight[p] * count[p]} (any panel if null), or null if none exists. */
    Panel best(long[] weight) {
        model.clearObjective();
        if (weight != null) {
            model.maximize(LinearExpr.weightedSum(count, weight));
        }
        CpSolver solver = solve(model, weight != null);
        if (solver == null) {
            return null;
        }
        int[] out = new int[profiles];
        for (int p = 0; p < profiles; p++) {
            out[p] = (int) solver.value(count[p]);
        }
        int[][] toward = null;
        if (rule == CountingRule.ONE_TO_ONE) {
            toward = new int[classAttrs.length][];
            for (int c = 0; c < classAttrs.length; c++) {
                toward[c] = new int[classAttrs[c].length];
                for (int j = 0; j < toward[c].length; j++) {
                    toward[c][j] = (int) solver.value(slot[c][j]);
                }
            }
        }
        return new Panel(out, toward);
    }

    /** Exact check of one panel (counts per profile), including the one-to-one assignment. */
    boolean valid(int[] counts) {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        // QuotaModel.feasible with everyone fixed and no one available is the exact roster check
        QuotaModel check = new QuotaModel(rule, new String[m], min, max, profAttrs);
        return total == panel && check.feasible(counts, new int[profiles], 0);
    }

    /**
     * One-to-one: the minimum each seated person (attribute lists) fills, or -1; exactly {@code min} per minimum.
     * First feasible solution with one worker: reproducible, unlike a time-limited optimisation.
     */
    int[] assignMinimums(List<int[]> people) {
        int n = people.size();
        int[] result = new int[n];
        java.util.Arrays.fill(result, -1);
        CpModel am = new CpModel();
        List<List<Literal>> perAttr = new ArrayList<>();
        for (int a = 0; a < m; a++) {
            perAttr.add(new ArrayList<>());
        }
        BoolVar[][] u = new BoolVar[n][];
        for (int i = 0; i < n; i++) {
            int[] held = people.get(i);
            u[i] = new BoolVar[held.length];
            List<Literal> mine = new ArrayList<>();
            for (int j = 0; j < held.length; j++) {
                if (min[held[j]] > 0) {
                    u[i][j] = am.newBoolVar("u" + i + "_" + held[j]);
                    perAttr.get(held[j]).add(u[i][j]);
                    mine.add(u[i][j]);
                }
            }
            if (mine.size() > 1) {
                am.addAtMostOne(mine);
            }
        }
        for (int a = 0; a < m; a++) {
            if (min[a] > 0) {
                am.addEquality(LinearExpr.sum(perAttr.get(a).toArray(new BoolVar[0])), min[a]);
            }
        }
        CpSolver solver = solve(am, false);
        if (solver == null) {
            return result;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < u[i].length; j++) {
                if (u[i][j] != null && solver.booleanValue(u[i][j])) {
                    result[i] = people.get(i)[j];
                }
            }
        }
        return result;
    }

    private CpSolver solve(CpModel cp, boolean optimise) {
        solves++;
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1);
        if (!optimise) {
            solver.getParameters().setStopAfterFirstSolution(true);
        }
        CpSolverStatus status = solver.solve(cp);
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            return solver;
        }
        if (status != CpSolverStatus.INFEASIBLE) {
            throw new IllegalStateException("CP-SAT returned " + status);
        }
        return null;
    }
}
