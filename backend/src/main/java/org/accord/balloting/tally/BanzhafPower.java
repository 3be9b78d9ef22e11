package org.accord.balloting.tally;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The exact Banzhaf power index of a weighted voting game [quota; w1, ..., wn]: a coalition wins when its total weight
 * is at least the quota. A member's swing count is the number of coalitions of the OTHER members that lose without it
 * and win with it; the normalised index divides by the sum of all swing counts.
 * <p>
 * Computed by dynamic programming over weight sums (generating function of coalition weights, then one
 * "leave-one-out" deconvolution per member), O(n × total weight) time, not 2^n; integer weights, at most 62 members
 * (counts are exact longs), total weight at most {@value #MAX_TOTAL_WEIGHT}.
 */
public final class BanzhafPower {

    public static final long MAX_TOTAL_WEIGHT = 20_000_000L;
    public static final int MAX_MEMBERS = 62;

    private BanzhafPower() {
    }

    /**
     * @param swings     coalitions of the others in which the member is decisive
     * @param normalised swings / sum of all swings (exact; sums to 1)
     * @param absolute   swings / 2^(n-1), the non-normalised Banzhaf index
     */
    public record Power(String member, long weight, long swings, Ratio normalised, Ratio absolute) {
        /** Positive weight but never decisive: the weighting gives this member nothing. */
        public boolean zeroPowerDespiteWeight() {
            return weight > 0 && swings == 0;
        }
    }

    public record Result(long quota, long totalWeight, List<Power> members) {
        public Result {
            members = List.copyOf(members);
        }

        public Power of(String member) {
            return members.stream().filter(p -> p.member().equals(member)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no member '" + member + "'"));
        }

        /** Members with positive weight and zero power. */
        public List<String> zeroPowerMembers() {
            return members.stream().filter(Power::zeroPowerDespiteWeight).map(Power::member).toList();
        }

        public boolean hasZeroPowerMember() {
            return !zeroPowerMembers().isEmpty();
        }

        /** One warning per member with positive weight and zero power. */
        public List<String> warnings() {
            return members.stream().filter(Power::zeroPowerDespiteWeight)
                    .map(p -> p.member() + " has weight " + p.weight() + " of " + totalWeight + " but zero Banzhaf "
                            + "power: with quota " + quota + " it can never change the outcome")
                    .toList();
        }
    }

    /** Power of {@code names.get(i)} with weight {@code weights[i]}, winning at total weight ≥ {@code quota}. */
    public static Result compute(List<String> names, long[] weights, long quota) {
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(weights, "weights");
        int n = weights.length;
        if (names.size() != n) {
            throw new IllegalArgumentException(names.size() + " names but " + n + " weights");
        }
        if (n == 0) {
            throw new IllegalArgumentException("no members");
        }
        if (n > MAX_MEMBERS) {
            throw new IllegalArgumentException("at most " + MAX_MEMBERS + " members (was " + n + ")");
        }
        if (new HashSet<>(names).size() != n) {
            throw new IllegalArgumentException("member names must be unique");
        }
        long total = 0;
        for (int i = 0; i < n; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("weight of " + names.get(i) + " must not be negative (was "
                        + weights[i] + ")");
            }
            total = Math.addExact(total, weights[i]);
            if (total > MAX_TOTAL_WEIGHT) {
                throw new IllegalArgumentException("total weight exceeds " + MAX_TOTAL_WEIGHT
                        + "; scale the weights down");
            }
        }
        if (total == 0) {
            throw new IllegalArgumentException("all weights are zero: at least one member must carry weight");
        }
        if (quota < 1 || quota > total) {
            throw new IllegalArgumentException("quota must be between 1 and the total weight " + total + " (was "
                    + quota + ")");
        }
        int q = (int) quota;
        // c[s] = number of coalitions (of all members) with weight s, for s < quota (larger sums are not needed)
        long[] c = new long[q];
        c[0] = 1;
        for (long w : weights) {
            if (w == 0) {
                for (int s = 0; s < q; s++) {
                    c[s] *= 2;
                }
            } else {
                for (int s = q - 1; s >= w; s--) {
                    c[s] += c[s - (int) w];
                }
            }
        }
        long[] swings = new long[n];
        long[] without = new long[q];
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            long w = weights[i];
            if (w == 0) {
                continue; // adding weight 0 never turns a losing coalition into a winning one
            }
            // leave member i out: c = without * (1 + x^w)  =>  without[s] = c[s] - without[s - w]
            for (int s = 0; s < q; s++) {
                without[s] = s >= w ? c[s] - without[s - (int) w] : c[s];
            }
            long sw = 0;
            for (long s = Math.max(0, quota - w); s < quota; s++) {
                sw += without[(int) s];
            }
            swings[i] = sw;
            sum = sum.add(BigInteger.valueOf(sw));
        }
        BigInteger coalitionsOfOthers = BigInteger.ONE.shiftLeft(n - 1);
        List<Power> powers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BigInteger sw = BigInteger.valueOf(swings[i]);
            powers.add(new Power(names.get(i), weights[i], swings[i], Ratio.of(sw, sum),
                    Ratio.of(sw, coalitionsOfOthers)));
        }
        return new Result(quota, total, powers);
    }

    /**
     * Power of voters with integer {@link Voter#weight()}s when a decision needs at least {@code share} of the total
     * weight (e.g. CENELEC 71 %): quota = the smallest integer ≥ share × total.
     */
    public static Result forShare(List<Voter> voters, Ratio share) {
        Criterion.requireThreshold(share, "share");
        long[] w = new long[voters.size()];
        List<String> names = new ArrayList<>(voters.size());
        for (int i = 0; i < w.length; i++) {
            Voter v = voters.get(i);
            try {
                w[i] = v.weight().longValueExact();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("voter '" + v.id() + "': Banzhaf power needs integer weights (was "
                        + v.weight().toPlainString() + ")", e);
            }
            names.add(v.id());
        }
        long total = 0;
        for (long x : w) {
            total = Math.addExact(total, x);
        }
        return compute(names, w, quotaFor(share, total));
    }

    /** The smallest integer quota ≥ share × total (at least 1). */
    public static long quotaFor(Ratio share, long total) {
        Ratio exact = share.multiply(Ratio.of(total));
        BigInteger[] qr = exact.numerator().divideAndRemainder(exact.denominator());
        long q = qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
        return Math.max(1, q);
    }
}
