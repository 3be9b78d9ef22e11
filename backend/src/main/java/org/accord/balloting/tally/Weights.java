package org.accord.balloting.tally;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exact voter weights as integers over one common denominator: voter i weighs {@code scaled[i] / denominator}.
 * Voters of the same FSC cell share one BigInteger instance.
 */
final class Weights {

    final BigInteger[] scaled;
    final BigInteger denominator;
    /** Chamber names in order (declared by a chambered scheme, else as first met among voters). */
    final List<String> chambers;
    /** Sub-chamber names per chamber position (declared, else as first met). */
    final List<List<String>> subChambers;
    final List<String> notes;

    private Weights(BigInteger[] scaled, BigInteger denominator, List<String> chambers,
            List<List<String>> subChambers, List<String> notes) {
        this.scaled = scaled;
        this.denominator = denominator;
        this.chambers = chambers;
        this.subChambers = subChambers;
        this.notes = notes;
    }

    static Weights of(WeightingScheme scheme, List<Voter> voters) {
        return switch (scheme) {
            case WeightingScheme.OneMemberOneVote s -> oneEach(voters);
            case WeightingScheme.PerMemberWeights s -> perMember(voters);
            case WeightingScheme.Chambers c -> chambers(c, voters);
        };
    }

    private static Weights oneEach(List<Voter> voters) {
        BigInteger[] w = new BigInteger[voters.size()];
        Arrays.fill(w, BigInteger.ONE);
        return withVoterChambers(w, BigInteger.ONE, voters, new ArrayList<>());
    }

    private static Weights perMember(List<Voter> voters) {
        int scale = 0;
        for (Voter v : voters) {
            scale = Math.max(scale, Math.max(0, v.weight().stripTrailingZeros().scale()));
        }
        BigInteger[] w = new BigInteger[voters.size()];
        boolean anyPositive = false;
        for (int i = 0; i < w.length; i++) {
            BigDecimal weight = voters.get(i).weight();
            w[i] = weight.setScale(scale).unscaledValue();
            anyPositive |= w[i].signum() > 0;
        }
        if (!anyPositive) {
            throw new IllegalArgumentException("all voter weights are zero: at least one voter must carry weight");
        }
        return withVoterChambers(w, BigInteger.TEN.pow(scale), voters, new ArrayList<>());
    }

    /** Non-chambered schemes: chambers (if any) are reported as found on the voters, for breakdowns. */
    private static Weights withVoterChambers(BigInteger[] w, BigInteger den, List<Voter> voters, List<String> notes) {
        List<String> chambers = new ArrayList<>();
        List<List<String>> subs = new ArrayList<>();
        for (Voter v : voters) {
            if (v.chamber() == null) {
                continue;
            }
            int ci = chambers.indexOf(v.chamber());
            if (ci < 0) {
                chambers.add(v.chamber());
                subs.add(new ArrayList<>());
                ci = chambers.size() - 1;
            }
            if (v.subChamber() != null && !subs.get(ci).contains(v.subChamber())) {
                subs.get(ci).add(v.subChamber());
            }
        }
        return new Weights(w, den, List.copyOf(chambers), subs.stream().map(List::copyOf).toList(), notes);
    }

    private static Weights chambers(WeightingScheme.Chambers scheme, List<Voter> voters) {
        List<String> chambers = scheme.chambers();
        List<String> subs = scheme.subChambers();
        int nc = chambers.size();
        int ns = subs.size();
        int nk = MemberKind.values().length;
        java.util.Map<String, Integer> chamberIndex = new java.util.HashMap<>();
        for (int i = 0; i < nc; i++) {
            chamberIndex.put(chambers.get(i), i);
        }
        java.util.Map<String, Integer> subIndex = new java.util.HashMap<>();
        for (int i = 0; i < ns; i++) {
            subIndex.put(subs.get(i), i);
        }
        int[] cellOf = new int[voters.size()];
        long[] count = new long[nc * ns * nk];
        for (int i = 0; i < voters.size(); i++) {
            Voter v = voters.get(i);
            Integer c = v.chamber() == null ? null : chamberIndex.get(v.chamber());
            if (c == null) {
                throw new IllegalArgumentException("voter '" + v.id() + "': chamber '" + v.chamber()
                        + "' is not one of " + chambers);
            }
            Integer s = v.subChamber() == null ? null : subIndex.get(v.subChamber());
            if (s == null) {
                throw new IllegalArgumentException("voter '" + v.id() + "': sub-chamber '" + v.subChamber()
                        + "' is not one of " + subs);
            }
            int cell = (c * ns + s) * nk + v.kind().ordinal();
            cellOf[i] = cell;
            count[cell]++;
        }
        List<String> notes = new ArrayList<>();
        Ratio[] memberWeight = new Ratio[count.length];
        Ratio chamberShare = Ratio.of(1, nc);
        Ratio orgShare = scheme.organisationShare();
        Ratio indShare = Ratio.ONE.subtract(orgShare);
        int org = MemberKind.ORGANISATION.ordinal();
        int ind = MemberKind.INDIVIDUAL.ordinal();
        for (int c = 0; c < nc; c++) {
            List<Integer> nonEmpty = new ArrayList<>();
            for (int s = 0; s < ns; s++) {
                if (count[(c * ns + s) * nk + org] + count[(c * ns + s) * nk + ind] > 0) {
                    nonEmpty.add(s);
                }
            }
            if (nonEmpty.isEmpty()) {
                notes.add("chamber " + chambers.get(c) + " has no members: it holds no voting power and its "
                        + "quorum cannot be met");
                continue;
            }
            if (nonEmpty.size() < ns) {
                for (int s = 0; s < ns; s++) {
                    if (!nonEmpty.contains(s)) {
                        notes.add("sub-chamber " + chambers.get(c) + "/" + subs.get(s) + " has no members: its "
                                + "share of the " + chambers.get(c) + " chamber goes to "
                                + nonEmpty.stream().map(subs::get).toList());
                    }
                }
            }
            Ratio subShare = chamberShare.divide(nonEmpty.size());
            for (int s : nonEmpty) {
                int base = (c * ns + s) * nk;
                long orgs = count[base + org];
                long inds = count[base + ind];
                String where = chambers.get(c) + "/" + subs.get(s);
                if (orgs > 0 && inds > 0) {
                    memberWeight[base + org] = subShare.multiply(orgShare).divide(orgs);
                    memberWeight[base + ind] = subShare.multiply(indShare).divide(inds);
                } else if (orgs > 0) {
                    memberWeight[base + org] = subShare.divide(orgs);
                    notes.add("sub-chamber " + where + " has no individual members: its organisations hold all "
                            + "its votes");
                } else {
                    memberWeight[base + ind] = subShare.divide(inds);
                    notes.add("sub-chamber " + where + " has no organisation members: its individuals hold all "
                            + "its votes");
                }
            }
        }
        BigInteger den = BigInteger.ONE;
        for (Ratio r : memberWeight) {
            if (r != null) {
                den = den.divide(den.gcd(r.denominator())).multiply(r.denominator());
            }
        }
        BigInteger[] cellScaled = new BigInteger[count.length];
        for (int k = 0; k < count.length; k++) {
            if (memberWeight[k] != null) {
                cellScaled[k] = memberWeight[k].numerator().multiply(den.divide(memberWeight[k].denominator()));
            }
        }
        BigInteger[] w = new BigInteger[voters.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = cellScaled[cellOf[i]];
        }
        if (voters.isEmpty()) {
            throw new IllegalArgumentException("no voters");
        }
        List<List<String>> subLists = new ArrayList<>();
        for (int c = 0; c < nc; c++) {
            subLists.add(subs);
        }
        return new Weights(w, den, chambers, List.copyOf(subLists), notes);
    }
}
