package org.accord.membership;

import java.util.Objects;

/** A constituency an organisation or person speaks for, e.g. {@code SME}. The list is configurable. */
public record StakeholderGroup(String code, String label) {

    public StakeholderGroup {
        Objects.requireNonNull(code, "stakeholder group code");
        if (!code.matches("[A-Z][A-Z0-9_]{0,31}")) {
            throw new IllegalArgumentException("Stakeholder group code must be upper-case letters, digits or _: " + code);
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("Stakeholder group " + code + " needs a label");
        }
    }
}
