package org.accord.membership;

/** The constituency an organisation speaks for. */
public enum StakeholderGroup {
    INDUSTRY("Industry"),
    SME("Small or medium-sized enterprise"),
    CIVIL_SOCIETY("Civil society"),
    ACADEMIA("Academia and research"),
    GOVERNMENT("Government and public authorities"),
    INDIGENOUS_PEOPLES("Indigenous peoples' organisation"),
    TECHNICAL_COMMUNITY("Technical community");

    private final String label;

    StakeholderGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
