package org.accord.balloting.tally;

import java.util.List;
import java.util.Objects;

/** How much voting power each voter holds. */
public sealed interface WeightingScheme {

    /** Every voter weighs 1 (ISO, IETF). {@link Voter#weight()} is ignored. */
    static WeightingScheme oneMemberOneVote() {
        return new OneMemberOneVote();
    }

    /** Each voter weighs its own {@link Voter#weight()} (CENELEC weights, CEN populations). */
    static WeightingScheme perMember() {
        return new PerMemberWeights();
    }

    /**
     * FSC General Assembly: chambers environmental, social, economic; sub-chambers north, south; organisations 90 %,
     * individuals 10 % of each sub-chamber.
     */
    static Chambers fsc() {
        return new Chambers(List.of("environmental", "social", "economic"), List.of("north", "south"),
                Ratio.of(9, 10));
    }

    /** A chambered assembly with equal chambers, equal sub-chambers and an organisation share per sub-chamber. */
    static Chambers chambers(List<String> chambers, List<String> subChambers, Ratio organisationShare) {
        return new Chambers(chambers, subChambers, organisationShare);
    }

    String describe();

    record OneMemberOneVote() implements WeightingScheme {
        @Override
        public String describe() {
            return "one member, one vote";
        }
    }

    record PerMemberWeights() implements WeightingScheme {
        @Override
        public String describe() {
            return "per-member weights";
        }
    }

    /**
     * Equal chambers, each split into equal sub-chambers; inside a sub-chamber organisations hold
     * {@code organisationShare} and individuals the rest, shared equally among the members of that kind.
     * <p>
     * Empty parts: a kind with no members in a sub-chamber leaves that sub-chamber's votes wholly to the other kind;
     * a sub-chamber with no members leaves the chamber's votes to the other sub-chamber(s). A chamber with no members
     * holds no power (its power is NOT moved to other chambers, which would break chamber parity); per-chamber
     * criteria such as the FSC quorum then fail for that chamber.
     */
    record Chambers(List<String> chambers, List<String> subChambers, Ratio organisationShare)
            implements WeightingScheme {
        public Chambers {
            chambers = List.copyOf(chambers);
            subChambers = List.copyOf(subChambers);
            Objects.requireNonNull(organisationShare, "organisation share");
            if (chambers.isEmpty() || subChambers.isEmpty()) {
                throw new IllegalArgumentException("a chambered scheme needs at least one chamber and one sub-chamber");
            }
            if (chambers.stream().distinct().count() != chambers.size()
                    || subChambers.stream().distinct().count() != subChambers.size()) {
                throw new IllegalArgumentException("chamber and sub-chamber names must be unique");
            }
            Criterion.requireThreshold(organisationShare, "organisation share");
        }

        @Override
        public String describe() {
            return chambers.size() + " equal chambers " + chambers + ", each split equally into " + subChambers
                    + "; organisations " + organisationShare.toPercentString(1) + ", individuals "
                    + Ratio.ONE.subtract(organisationShare).toPercentString(1) + " of each sub-chamber";
        }
    }
}
