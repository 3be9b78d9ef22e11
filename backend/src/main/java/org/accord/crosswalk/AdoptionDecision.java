package org.accord.crosswalk;

/** What a jurisdiction does with a clause when it adopts the standard nationally. */
public enum AdoptionDecision {
    ADOPT, ADAPT, OMIT;

    public String label() {
        return switch (this) {
            case ADOPT -> "adopts as is";
            case ADAPT -> "adapts";
            case OMIT -> "omits";
        };
    }
}
