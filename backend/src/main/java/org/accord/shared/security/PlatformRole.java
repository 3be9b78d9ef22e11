package org.accord.shared.security;

/** Roles that hold across all committees. */
public enum PlatformRole {
    ADMIN, SECRETARIAT;

    public String authority() {
        return "ROLE_" + name();
    }
}
