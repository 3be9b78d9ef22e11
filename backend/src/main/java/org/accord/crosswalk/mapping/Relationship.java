package org.accord.crosswalk.mapping;

import org.accord.shared.InvalidValueException;

import java.util.Locale;
import java.util.Map;

/**
 * NIST IR 8477 set-theory relationship of a clause (source) to a provision (target). Sources spell these many ways;
 * {@link #parse} normalises them.
 */
public enum Relationship {
    EQUAL(10), SUBSET_OF(null), SUPERSET_OF(null), INTERSECTS_WITH(null), NO_RELATIONSHIP(0);

    private static final Map<String, Relationship> SPELLINGS = Map.ofEntries(
            Map.entry("equal", EQUAL), Map.entry("equal to", EQUAL), Map.entry("equivalent to", EQUAL),
            Map.entry("equivalent", EQUAL), Map.entry("subset of", SUBSET_OF), Map.entry("subset", SUBSET_OF),
            Map.entry("superset of", SUPERSET_OF), Map.entry("superset", SUPERSET_OF),
            Map.entry("intersects with", INTERSECTS_WITH), Map.entry("intersects", INTERSECTS_WITH),
            Map.entry("no relationship", NO_RELATIONSHIP), Map.entry("not related to", NO_RELATIONSHIP),
            Map.entry("not related", NO_RELATIONSHIP), Map.entry("none", NO_RELATIONSHIP));

    /** The strength this relationship implies (equal = 10, no relationship = 0), or null when any 0–10 fits. */
    private final Integer fixedStrength;

    Relationship(Integer fixedStrength) {
        this.fixedStrength = fixedStrength;
    }

    /** "equal-to", "Equivalent To", "not_related", "subset-of"… → the relationship; a clear error otherwise. */
    public static Relationship parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("crosswalk.relationship.required");
        }
        String key = text.trim().toLowerCase(Locale.ROOT).replaceAll("[-_\\s]+", " ");
        Relationship r = SPELLINGS.get(key);
        if (r == null) {
            throw new InvalidValueException("crosswalk.relationship.unknown", text.trim());
        }
        return r;
    }

    /**
     * The OSCAL mapping-model value. OSCAL separates equal-to (same words) from equivalent-to (same meaning), so an
     * equal mapping is "equal-to" only with a syntactic rationale.
     */
    public String oscal(Rationale rationale) {
        return switch (this) {
            case EQUAL -> rationale == Rationale.SYNTACTIC ? "equal-to" : "equivalent-to";
            case SUBSET_OF -> "subset-of";
            case SUPERSET_OF -> "superset-of";
            case INTERSECTS_WITH -> "intersects-with";
            case NO_RELATIONSHIP -> "no-relationship";
        };
    }

    /** Whether this relationship means the provision is covered at all (everything but "no relationship"). */
    public boolean covers() {
        return this != NO_RELATIONSHIP;
    }

    /** Strong enough to close a gap: everything except "intersects with" and "no relationship". */
    public boolean strong() {
        return this == EQUAL || this == SUBSET_OF || this == SUPERSET_OF;
    }

    /** Checks a strength against the scale: 0–10, equal = 10, no relationship = 0. */
    public int requireStrength(Integer strength) {
        if (strength == null) {
            return fixedStrength == null ? -1 : fixedStrength;
        }
        if (strength < 0 || strength > 10) {
            throw new InvalidValueException("crosswalk.strength.range", strength);
        }
        if (fixedStrength != null && strength.intValue() != fixedStrength) {
            throw new InvalidValueException("crosswalk.strength.fixed", label(), fixedStrength, strength);
        }
        return strength;
    }

    /**
     * Order for "the strongest relationship" of a clause to an instrument: equal, then superset (the clause covers
     * all of the provision), subset, intersects, no relationship.
     */
    public int rank() {
        return switch (this) {
            case EQUAL -> 4;
            case SUPERSET_OF -> 3;
            case SUBSET_OF -> 2;
            case INTERSECTS_WITH -> 1;
            case NO_RELATIONSHIP -> 0;
        };
    }

    /** The stronger of two relationships, ties broken by the higher strength (nulls lowest). */
    public static boolean stronger(Relationship a, Integer aStrength, Relationship b, Integer bStrength) {
        if (a.rank() != b.rank()) {
            return a.rank() > b.rank();
        }
        return (aStrength == null ? -1 : aStrength) > (bStrength == null ? -1 : bStrength);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
