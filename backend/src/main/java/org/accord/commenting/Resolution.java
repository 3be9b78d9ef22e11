package org.accord.commenting;

/** The committee's resolution of a comment, as used in practice with the template's observations column. */
public enum Resolution {
    ACCEPTED("Accepted"), ACCEPTED_IN_PRINCIPLE("Accepted in principle"), NOTED("Noted"), REJECTED("Rejected");

    private final String label;

    Resolution(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean accepts() {
        return this == ACCEPTED || this == ACCEPTED_IN_PRINCIPLE;
    }
}
