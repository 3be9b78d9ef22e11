package org.accord.crosswalk;

public enum InstrumentStatus {
    PROPOSED, ADOPTED, IN_FORCE, REPEALED, WITHDRAWN;

    /** Mapping to an instrument that no longer applies (or never will) is allowed but must be flagged. */
    public boolean isDefunct() {
        return this == REPEALED || this == WITHDRAWN;
    }
}
