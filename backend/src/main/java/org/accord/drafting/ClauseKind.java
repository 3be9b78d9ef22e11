package org.accord.drafting;

public enum ClauseKind {
    NORMATIVE, INFORMATIVE, TERMS, NOTE, EXAMPLE, ANNEX;

    /** Notes and examples are labelled, not numbered, and hold no sub-clauses. */
    public boolean isNumberedSection() {
        return this != NOTE && this != EXAMPLE;
    }
}
