package org.accord.membership.seats;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Leximin distribution over panels (Flanigan et al. 2021) by column generation on profile count vectors.
 *
 * <p>Leximin marginals are equal within a profile, so the master LP (GLOP) has one row per profile: probability of a
 * member of profile p = sum over panels c of q_c * c_p / n_p. Each stage maximises the lowest probability z among the
 * profiles not yet fixed; new panels come from pricing on the LP duals. When no panel improves on the duals, the
 * profiles with a positive dual cannot rise above z (complementary slackness) and are fixed at z; the rest go on to
 * the next stage.
 *
 * <p>Pricing first tries cheap swap local search from the panels in use (they all price at exactly the dual bound, so
 * any improving swap gives an improving panel); CP-SAT is asked only when that finds nothing, and its answer is what
 * proves a stage optimal.
 */
final class LeximinSolver {

    /** Column generation stops when no panel beats the dual bound by more than this (probability units). */
    static final double TOLERANCE = 1e-9;
    private static final double DUAL_EPS = 1e-9;
    private static final double SCALE = 1e9;
    private static final int SEARCH_STARTS = 8;

    private final PanelModel model;
    private final int profiles;
    private final boolean oneToOne;
    private final boolean[][] holds;
    private final List<PanelModel.Panel> columns = new ArrayList<>();
    private final Set<List<Integer>> seen = new HashSet<>(); // membership only, never iterated
    private final boolean[] fixed;
    private final double[] fixedAt;
    private List<MPVariable> vars;
    private MPSolver lp;
    private MPConstraint sum;
    private MPConstraint[] row;
    private MPVariable z;
    int stages;
    int pricingSolves;
    int lpSolves;

    LeximinSolver(PanelModel model) {
        this.model = model;
        this.profiles = model.profiles;
        this.oneToOne = model.rule == CountingRule.ONE_TO_ONE;
        holds = new boolean[profiles][model.m];
        for (int p = 0; p < profiles; p++) {
            for (int a : model.profAttrs[p]) {
                holds[p][a] = true;
            }
        }
        fixed = new boolean[profiles];
        fixedAt = new double[profiles];
    }

    /** Solves; returns the probability of each column (same order as {@link #columns()}). */
    double[] solve(List<PanelModel.Panel> initial) {
        QuotaModel.ensureLoaded();
        buildLp();
        for (PanelModel.Panel c : initial) {
            addColumn(c);
        }
        if (columns.isEmpty()) {
            PanelModel.Panel any = model.best(null);
            if (any == null) {
                throw new IllegalStateException("no panel meets the quotas");
            }
            addColumn(any);
        }
        int unfixed = profiles;
        double[] q = null;
        double[] y = new double[profiles];
        while (unfixed > 0) {
            stages++;
            double value;
            while (true) {
                solveLp();
                value = z.solutionValue();
                q = new double[vars.size()];
                for (int c = 0; c < q.length; c++) {
                    q[c] = vars.get(c).solutionValue();
                }
                for (int p = 0; p < profiles; p++) {
                    y[p] = Math.max(0, -row[p].dualValue()); // GLOP: duals of >= rows are <= 0 when maximising
                }
                double bound = sum.dualValue();
                double[] w = new double[profiles];
                for (int p = 0; p < profiles; p++) {
                    w[p] = y[p] / model.size[p];
                }
                if (searchColumns(q, w, bound) > 0) {
                    continue;
                }
                PanelModel.Panel col = price(w);
                if (col == null || worth(col.counts(), w) <= bound + TOLERANCE || !addColumn(col)) {
                    break;
                }
            }
            int fixedNow = 0;
            int strongest = -1;
            for (int p = 0; p < profiles; p++) {
                if (!fixed[p] && (strongest < 0 || y[p] > y[strongest])) {
                    strongest = p;
                }
            }
            for (int p = 0; p < profiles; p++) {
                if (!fixed[p] && (y[p] > DUAL_EPS || p == strongest)) {
                    fixed[p] = true;
                    fixedAt[p] = Math.max(0, value - TOLERANCE);
                    fixedNow++;
                    row[p].setCoefficient(z, 0);
                    row[p].setBounds(fixedAt[p], Double.POSITIVE_INFINITY);
                }
            }
            unfixed -= fixedNow;
        }
        double total = 0;
        for (int c = 0; c < q.length; c++) {
            q[c] = q[c] < 1e-12 ? 0 : q[c];
            total += q[c];
        }
        for (int c = 0; c < q.length; c++) {
            q[c] /= total;
        }
        lp.delete();
        return q;
    }

    List<int[]> columns() {
        return columns.stream().map(PanelModel.Panel::counts).toList();
    }

    private void buildLp() {
        if (lp != null) {
            lp.delete();
        }
        lp = MPSolver.createSolver("GLOP");
        if (lp == null) {
            throw new IllegalStateException("GLOP is not available");
        }
        lp.setNumThreads(1);
        // Without presolve and scaling GLOP keeps its last basis when only columns were added (every re-solve within
        // a stage), so each re-solve is a warm-started primal simplex instead of a solve from scratch. With them the
        // preprocessed/scaled matrix changes with every new column and the warm start is lost. Deterministic either
        // way; the coefficients are counts / profile sizes in (0, 1], so scaling is not needed numerically.
        if (!lp.setSolverSpecificParametersAsString("use_preprocessing: false use_scaling: false")) {
            throw new IllegalStateException("GLOP rejected its parameters");
        }
        vars = new ArrayList<>();
        z = lp.makeNumVar(0, 1, "z");
        sum = lp.makeConstraint(1, 1, "sum");
        row = new MPConstraint[profiles];
        for (int p = 0; p < profiles; p++) {
            row[p] = lp.makeConstraint(fixed[p] ? fixedAt[p] : 0, Double.POSITIVE_INFINITY, "p" + p);
            row[p].setCoefficient(z, fixed[p] ? 0 : -1);
        }
        lp.objective().setCoefficient(z, 1);
        lp.objective().setMaximization();
        for (PanelModel.Panel c : columns) {
            addVariable(c.counts());
        }
    }

    private void solveLp() {
        lpSolves++;
        MPSolver.ResultStatus status = lp.solve();
        if (status != MPSolver.ResultStatus.OPTIMAL) {
            // incremental re-solves occasionally lose their way numerically: start from scratch once
            buildLp();
            status = lp.solve();
        }
        if (status != MPSolver.ResultStatus.OPTIMAL) {
            throw new IllegalStateException("GLOP returned " + status + " for the leximin master problem");
        }
    }

    private double worth(int[] col, double[] w) {
        double s = 0;
        for (int p = 0; p < profiles; p++) {
            s += w[p] * col[p];
        }
        return s;
    }

    /** The panel with the largest dual weight (CP-SAT on integer-scaled weights). */
    private PanelModel.Panel price(double[] w) {
        double top = 0;
        for (int p = 0; p < profiles; p++) {
            top = Math.max(top, w[p]);
        }
        if (top <= 0) {
            return null;
        }
        long[] weight = new long[profiles];
        for (int p = 0; p < profiles; p++) {
            weight[p] = Math.round(w[p] / top * SCALE);
        }
        pricingSolves++;
        return model.best(weight);
    }

    /** Local search from the most used panels; adds the improving panels found and returns how many. */
    private int searchColumns(double[] q, double[] w, double bound) {
        Integer[] order = IntStream.range(0, profiles).filter(p -> w[p] > 0).boxed()
                .sorted(Comparator.comparingDouble((Integer p) -> -w[p]).thenComparingInt(p -> p))
                .toArray(Integer[]::new);
        Integer[] starts = IntStream.range(0, q.length).filter(c -> q[c] > 1e-12).boxed()
                .sorted(Comparator.comparingDouble((Integer c) -> -q[c]).thenComparingInt(c -> c))
                .limit(SEARCH_STARTS).toArray(Integer[]::new);
        Integer[] byWeight = IntStream.range(0, profiles).boxed()
                .sorted(Comparator.comparingDouble((Integer p) -> w[p]).thenComparingInt(p -> p))
                .toArray(Integer[]::new);
        int added = 0;
        for (int c : starts) {
            PanelModel.Panel better = new Search(columns.get(c)).climb(w, order, byWeight);
            if (better != null && worth(better.counts(), w) > bound + TOLERANCE && addColumn(better)) {
                added++;
            }
        }
        return added;
    }

    private boolean addColumn(PanelModel.Panel col) {
        if (!seen.add(Arrays.stream(col.counts()).boxed().toList())) {
            return false;
        }
        columns.add(col);
        addVariable(col.counts());
        return true;
    }

    private void addVariable(int[] col) {
        MPVariable v = lp.makeNumVar(0, 1, "q" + vars.size());
        vars.add(v);
        sum.setCoefficient(v, 1);
        for (int p = 0; p < profiles; p++) {
            if (col[p] > 0) {
                row[p].setCoefficient(v, col[p] / (double) model.size[p]);
            }
        }
    }

    /** Hill climbing by swapping one seated person for one of another profile, keeping every quota met. */
    private final class Search {
        final int[] count;
        final int[] total;
        final int[] seated;
        final int[] slack;
        final int[][] toward;
        final int[] filled;

        Search(PanelModel.Panel start) {
            count = start.counts().clone();
            total = new int[model.m];
            seated = new int[model.classAttrs.length];
            slack = new int[model.classAttrs.length];
            filled = new int[model.m];
            for (int p = 0; p < profiles; p++) {
                for (int a : model.profAttrs[p]) {
                    total[a] += count[p];
                }
                if (model.cls[p] >= 0) {
                    seated[model.cls[p]] += count[p];
                }
            }
            if (oneToOne) {
                toward = new int[model.classAttrs.length][];
                for (int c = 0; c < toward.length; c++) {
                    toward[c] = start.toward()[c].clone();
                    slack[c] = seated[c];
                    for (int j = 0; j < toward[c].length; j++) {
                        filled[model.classAttrs[c][j]] += toward[c][j];
                        slack[c] -= toward[c][j];
                    }
                }
            } else {
                toward = null;
            }
        }

        PanelModel.Panel climb(double[] w, Integer[] order, Integer[] byWeight) {
            boolean moved = false;
            for (int step = 0; step < 4 * model.panel + 4; step++) {
                int bestOut = -1;
                int bestIn = -1;
                double gain = 0;
                for (int p : byWeight) {
                    if (count[p] == 0) {
                        continue;
                    }
                    if (order.length == 0 || w[order[0]] - w[p] <= gain + 1e-15) {
                        break; // profiles come by ascending weight: no better swap out of the rest
                    }
                    for (int r : order) {
                        if (w[r] - w[p] <= gain + 1e-15) {
                            break;
                        }
                        if (r != p && count[r] < model.size[r] && swapOk(p, r) && minimaOk(p, r, false)) {
                            gain = w[r] - w[p];
                            bestOut = p;
                            bestIn = r;
                            break;
                        }
                    }
                }
                if (bestOut < 0) {
                    break;
                }
                minimaOk(bestOut, bestIn, true);
                count[bestOut]--;
                count[bestIn]++;
                for (int a : model.profAttrs[bestOut]) {
                    total[a]--;
                }
                for (int a : model.profAttrs[bestIn]) {
                    total[a]++;
                }
                moved = true;
            }
            if (!moved) {
                return null;
            }
            int[][] t = null;
            if (oneToOne) {
                t = new int[toward.length][];
                for (int c = 0; c < t.length; c++) {
                    t[c] = toward[c].clone();
                }
            }
            return new PanelModel.Panel(count.clone(), t);
        }

        /** Maxima, and minimums under count-toward-all. */
        private boolean swapOk(int out, int in) {
            for (int a : model.profAttrs[in]) {
                if (!holds[out][a] && model.max[a] != QuotaModel.NO_MAX && total[a] + 1 > model.max[a]) {
                    return false;
                }
            }
            if (!oneToOne) {
                for (int a : model.profAttrs[out]) {
                    if (!holds[in][a] && total[a] - 1 < model.min[a]) {
                        return false;
                    }
                }
            }
            return true;
        }

        /**
         * One-to-one: can the leaving person's minimum slot be given up or handed on (to the newcomer, or to a seated
         * person not filling any minimum)? Short augmenting paths only: a heuristic, CP-SAT pricing stays exact.
         */
        private boolean minimaOk(int out, int in, boolean apply) {
            if (!oneToOne) {
                return true;
            }
            int c = model.cls[out];
            int c2 = model.cls[in];
            if (c < 0 || c == c2) {
                return move(c, c2, -1, -1, -1, -1, apply);
            }
            if (slack[c] > 0) {
                return move(c, c2, -1, -1, -1, -1, apply);
            }
            for (int j = 0; j < toward[c].length; j++) {
                if (toward[c][j] == 0) {
                    continue;
                }
                int a = model.classAttrs[c][j];
                if (filled[a] > model.min[a]) {
                    return move(c, c2, c, j, -1, -1, apply);
                }
                int j2 = c2 < 0 ? -1 : indexOf(model.classAttrs[c2], a);
                if (j2 >= 0) {
                    return move(c, c2, c, j, c2, j2, apply);
                }
                for (int d = 0; d < toward.length; d++) {
                    if (d != c && slack[d] > 0) {
                        int j3 = indexOf(model.classAttrs[d], a);
                        if (j3 >= 0) {
                            return move(c, c2, c, j, d, j3, apply);
                        }
                    }
                }
            }
            return false;
        }

        private boolean move(int c, int c2, int fromC, int fromJ, int toC, int toJ, boolean apply) {
            if (apply) {
                if (fromC >= 0) {
                    toward[fromC][fromJ]--;
                    slack[fromC]++;
                    filled[model.classAttrs[fromC][fromJ]]--;
                }
                if (toC >= 0) {
                    toward[toC][toJ]++;
                    slack[toC]--;
                    filled[model.classAttrs[toC][toJ]]++;
                }
                if (c >= 0) {
                    seated[c]--;
                    slack[c]--;
                }
                if (c2 >= 0) {
                    seated[c2]++;
                    slack[c2]++;
                }
            }
            return true;
        }
    }

    private static int indexOf(int[] arr, int v) {
        for (int i = 0; i < arr.length; i++) {
            if (arr[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
