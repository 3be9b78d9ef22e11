package org.accord.balloting.tally;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every voter did under a rule, with exact weights: the input to {@link Criterion#evaluate}. Built by
 * {@link Tally}; totals for the common scopes (all, P-members, chambers, sub-chambers, constituencies) are computed
 * in one pass, others on demand.
 */
public final class Tabulation {

    static final byte POSITIVE = 0;
    static final byte NEGATIVE = 1;
    static final byte NEGATIVE_NOT_COUNTED = 2;
    static final byte ABSTAIN = 3;
    static final byte ABSENT = 4;
    static final byte RECUSED = 5;
    private static final int CLASSES = 6;

    private final Rule rule;
    private final List<Voter> voters;
    private final Vote[] voteOf;
    private final byte[] cls;
    private final Weights weights;
    private final boolean longWeights;
    private final long[] longWeight;
    private final Map<VoterScope, Totals> cache = new HashMap<>();
    private final Map<String, Totals> constituencyTotals = new LinkedHashMap<>();

    Tabulation(Rule rule, List<Voter> voters, Vote[] voteOf, byte[] cls, Weights weights) {
        this.rule = rule;
        this.voters = voters;
        this.voteOf = voteOf;
        this.cls = cls;
        this.weights = weights;
        this.longWeight = new long[voters.size()];
        this.longWeights = fitsInLong(weights.scaled, longWeight);
        precompute();
    }

    /** Fills {@code out} with the weights as longs if every weight and the total fit in a long. */
    private static boolean fitsInLong(BigInteger[] scaled, long[] out) {
        long total = 0;
        try {
            for (int i = 0; i < scaled.length; i++) {
                out[i] = scaled[i].longValueExact();
                total = Math.addExact(total, out[i]);
            }
            return true;
        } catch (ArithmeticException overflow) {
            return false;
        }
    }

    public Rule rule() {
        return rule;
    }

    public List<Voter> voters() {
        return voters;
    }

    public boolean abstentionsAreVotesCast() {
        return rule.abstentions() == Rule.Abstentions.VOTES_CAST;
    }

    /** Chamber names: declared by a chambered weighting (including empty chambers), else as found on voters. */
    public List<String> chambers() {
        return weights.chambers;
    }

    List<String> subChambers(String chamber) {
        int i = weights.chambers.indexOf(chamber);
        return i < 0 ? List.of() : weights.subChambers.get(i);
    }

    /** Constituency names in order of first appearance, with their totals. */
    Map<String, Totals> constituencyTotals() {
        return constituencyTotals;
    }

    /** Exact weight of one voter. */
    public Ratio weightOf(int voterIndex) {
        return Ratio.of(weights.scaled[voterIndex], weights.denominator);
    }

    public Totals totals(VoterScope scope) {
        Totals t = cache.get(scope);
        if (t == null) {
            Acc acc = new Acc();
            for (int i = 0; i < cls.length; i++) {
                if (scope.includes(voters.get(i))) {
                    acc.add(i);
                }
            }
            t = acc.totals();
            cache.put(scope, t);
        }
        return t;
    }

    /** Voters in scope who returned a vote (not recused) and commit to participate. */
    public long commitments(VoterScope scope) {
        long n = 0;
        for (int i = 0; i < cls.length; i++) {
            Vote v = voteOf[i];
            if (v != null && v.commitsToParticipate() && cls[i] != RECUSED && scope.includes(voters.get(i))) {
                n++;
            }
        }
        return n;
    }

    /** Number of votes with exactly this position. */
    public long count(Position position) {
        long n = 0;
        for (Vote v : voteOf) {
            if (v != null && v.position() == position) {
                n++;
            }
        }
        return n;
    }

    /** Ids of voters holding a blocking position, in voter order. */
    public List<String> blockingVoters() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < voteOf.length; i++) {
            if (voteOf[i] != null && voteOf[i].position().blocking()) {
                ids.add(voters.get(i).id());
            }
        }
        return ids;
    }

    Vote voteOf(int i) {
        return voteOf[i];
    }

    int classOf(int i) {
        return cls[i];
    }

    private void precompute() {
        Acc all = new Acc();
        Acc p = new Acc();
        Map<String, Acc> chamber = new HashMap<>();
        Map<String, Map<String, Acc>> sub = new HashMap<>();
        Map<String, Acc> constituency = new LinkedHashMap<>();
        for (String c : weights.chambers) {
            chamber.put(c, new Acc());
            Map<String, Acc> m = new HashMap<>();
            for (String s : subChambers(c)) {
                m.put(s, new Acc());
            }
            sub.put(c, m);
        }
        for (int i = 0; i < cls.length; i++) {
            Voter v = voters.get(i);
            all.add(i);
            if (v.pMember()) {
                p.add(i);
            }
            if (v.chamber() != null) {
                chamber.get(v.chamber()).add(i);
                if (v.subChamber() != null) {
                    sub.get(v.chamber()).computeIfAbsent(v.subChamber(), k -> new Acc()).add(i);
                }
            }
            if (!v.constituencies().isEmpty()) {
                for (String c : v.constituencies()) {
                    constituency.computeIfAbsent(c, k -> new Acc()).add(i);
                }
            }
        }
        cache.put(VoterScope.ALL, all.totals());
        cache.put(VoterScope.P_MEMBERS, p.totals());
        for (var e : chamber.entrySet()) {
            cache.put(VoterScope.chamber(e.getKey()), e.getValue().totals());
        }
        for (var e : sub.entrySet()) {
            for (var s : e.getValue().entrySet()) {
                cache.put(VoterScope.subChamber(e.getKey(), s.getKey()), s.getValue().totals());
            }
        }
        constituency.keySet().stream().sorted().forEach(c -> {
            Totals t = constituency.get(c).totals();
            constituencyTotals.put(c, t);
            cache.put(VoterScope.constituency(c), t);
        });
    }

    /** Accumulates counts and scaled weights per class; long arithmetic when the total weight fits. */
    private final class Acc {
        final long[] counts = new long[CLASSES];
        final long[] longSums = new long[CLASSES];
        final BigInteger[] bigSums = new BigInteger[CLASSES];

        void add(int i) {
            int c = cls[i];
            counts[c]++;
            if (longWeights) {
                longSums[c] += longWeight[i];
            } else {
                bigSums[c] = bigSums[c] == null ? weights.scaled[i] : bigSums[c].add(weights.scaled[i]);
            }
        }

        Amount amount(int c) {
            BigInteger sum = longWeights ? BigInteger.valueOf(longSums[c])
                    : bigSums[c] == null ? BigInteger.ZERO : bigSums[c];
            return new Amount(counts[c], Ratio.of(sum, weights.denominator));
        }

        Totals totals() {
            return new Totals(amount(POSITIVE), amount(NEGATIVE), amount(NEGATIVE_NOT_COUNTED), amount(ABSTAIN),
                    amount(ABSENT), amount(RECUSED));
        }
    }
}
