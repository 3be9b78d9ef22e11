package org.accord.balloting.tally;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * A member entitled to vote on a ballot.
 *
 * @param id             unique within a tally
 * @param weight         the member's own weight (CENELEC weight, CEN population); only used by
 *                       {@link WeightingScheme#perMember()}; non-negative; {@code null} means 1
 * @param chamber        chamber name, or {@code null} when the body has no chambers
 * @param subChamber     sub-chamber name (FSC: north / south), or {@code null}
 * @param kind           organisation or individual; {@code null} means ORGANISATION
 * @param pMember        ISO P-member (participating, voting member); false for O-members and observers
 * @param constituencies constituencies the member belongs to, for participation quotas and per-constituency counts
 */
public record Voter(String id, BigDecimal weight, String chamber, String subChamber, MemberKind kind, boolean pMember,
        Set<String> constituencies) {

    public Voter {
        Objects.requireNonNull(id, "voter id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("voter id must not be blank");
        }
        weight = weight == null ? BigDecimal.ONE : weight;
        if (weight.signum() < 0) {
            throw new IllegalArgumentException(
                    "voter '" + id + "': weight must not be negative (was " + weight.toPlainString() + ")");
        }
        kind = kind == null ? MemberKind.ORGANISATION : kind;
        constituencies = constituencies == null ? Set.of() : Set.copyOf(constituencies);
    }

    /** An ISO P-member, weight 1. */
    public static Voter pMember(String id) {
        return new Voter(id, BigDecimal.ONE, null, null, MemberKind.ORGANISATION, true, Set.of());
    }

    /** An ISO O-member (observer): may vote on DIS/FDIS, counted in "all votes cast" only. */
    public static Voter oMember(String id) {
        return new Voter(id, BigDecimal.ONE, null, null, MemberKind.ORGANISATION, false, Set.of());
    }

    /** A voting member with its own weight (CEN population, CENELEC weight). */
    public static Voter weighted(String id, long weight) {
        return weighted(id, BigDecimal.valueOf(weight));
    }

    public static Voter weighted(String id, BigDecimal weight) {
        return new Voter(id, weight, null, null, MemberKind.ORGANISATION, true, Set.of());
    }

    /** A member of a chambered assembly (FSC). */
    public static Voter inChamber(String id, String chamber, String subChamber, MemberKind kind) {
        return new Voter(id, BigDecimal.ONE, chamber, subChamber, kind, true, Set.of());
    }

    public Voter withConstituencies(String... constituencies) {
        return new Voter(id, weight, chamber, subChamber, kind, pMember, Set.of(constituencies));
    }

    public Voter withWeight(BigDecimal newWeight) {
        return new Voter(id, newWeight, chamber, subChamber, kind, pMember, constituencies);
    }
}
