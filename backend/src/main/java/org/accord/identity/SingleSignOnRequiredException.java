package org.accord.identity;

import org.springframework.security.authentication.DisabledException;

/**
 * A right local password for an account linked to the identity provider: once single sign-on is configured the
 * provider decides who such a person is and what they may do, so a local password (kept from before the link) would
 * bypass a role removed or an account disabled there. Administrators are exempt (break-glass).
 */
public class SingleSignOnRequiredException extends DisabledException {

    public SingleSignOnRequiredException(String provider) {
        super("This account signs in with " + provider + ": use \"Sign in with " + provider
                + "\" (or, for the REST API, a " + provider + " bearer token) instead of a local password");
    }
}
