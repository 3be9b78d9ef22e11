package org.accord.identity;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.Collection;
import java.util.UUID;

/** The signed-in person as Spring Security sees them; carries the stable user id. */
public class AccordUser extends User {

    private final UUID userId;
    private final String displayName;
    private final boolean linkedToProvider;

    public AccordUser(UUID userId, String username, String displayName, String passwordHash, boolean enabled,
                      Collection<? extends GrantedAuthority> authorities) {
        this(userId, username, displayName, passwordHash, enabled, authorities, false);
    }

    public AccordUser(UUID userId, String username, String displayName, String passwordHash, boolean enabled,
                      Collection<? extends GrantedAuthority> authorities, boolean linkedToProvider) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.userId = userId;
        this.displayName = displayName;
        this.linkedToProvider = linkedToProvider;
    }

    /** Whether the account is linked to an identity-provider subject (single sign-on). */
    public boolean linkedToProvider() {
        return linkedToProvider;
    }

    public UUID userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }
}
