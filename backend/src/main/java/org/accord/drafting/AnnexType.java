package org.accord.drafting;

public enum AnnexType {
    NORMATIVE, INFORMATIVE;

    public String label() {
        return this == NORMATIVE ? "normative" : "informative";
    }
}
