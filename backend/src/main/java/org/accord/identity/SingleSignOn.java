package org.accord.identity;

import org.accord.identity.internal.SsoStatus;
import org.accord.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Single sign-on as the sign-in page and administrators see it: whether it is configured, whether the provider can be
 * reached now, and whether local passwords are still accepted.
 */
@Service
public class SingleSignOn {

    private final SsoStatus status;

    SingleSignOn(SsoStatus status) {
        this.status = status;
    }

    public boolean configured() {
        return status.configured();
    }

    /** "Keycloak", or what the deployment calls its provider. */
    public String providerName() {
        return status.providerName();
    }

    /** Where a browser starts the provider's sign-in. */
    public String loginPath() {
        return "/oauth2/authorization/" + org.accord.identity.internal.SsoProperties.REGISTRATION_ID;
    }

    /** Whether the provider answered its discovery document lately (checked at most every few seconds). */
    public boolean reachable() {
        return status.reachable();
    }

    /**
     * Whether people may sign in with a local password. Always true without single sign-on; administrators may
     * always sign in locally, so a provider outage cannot lock everyone out.
     */
    public boolean localLoginEnabled() {
        return status.localLoginEnabled();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void setLocalLoginEnabled(boolean enabled) {
        if (!enabled && !configured()) {
            throw new InvalidInputException("Local sign-in can only be turned off when single sign-on is configured.");
        }
        status.setLocalLoginEnabled(enabled, IdentityService.actorId());
    }
}
