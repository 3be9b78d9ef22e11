package org.accord.shared.security;

/** What a person may do inside one working group. Roles never carry over to another group. */
public enum WorkingGroupRole {
    CONVENOR, CO_CONVENOR, EDITOR, DELEGATE, COMMENTER, OBSERVER;

    /** Authority string for this role in one working group, e.g. {@code WG:1b4e…:EDITOR}. */
    public String authorityFor(java.util.UUID workingGroupId) {
        return "WG:" + workingGroupId + ":" + name();
    }
}
