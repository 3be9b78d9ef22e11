package org.accord.identity.internal;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in with backoff: while a user name is locked the password is not even checked,
 * so guessing gains nothing; every failure is reported as the same bad-credentials error.
 */
public class ThrottlingAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;
    private final VerifiedCredentials verified;
    private final java.util.function.BooleanSupplier localLoginEnabled;
    private final String provider;

    /** @param provider the single sign-on provider's name, or null when single sign-on is not configured */
    public ThrottlingAuthenticationProvider(AccordUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                                            VerifiedCredentials verified, java.util.function.BooleanSupplier localLoginEnabled,
                                            String provider) {
        super(users);
        setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.verified = verified;
        this.localLoginEnabled = localLoginEnabled;
        this.provider = provider;
    }

    /** Skips bcrypt when these exact credentials matched this exact stored hash a moment ago. */
    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
        Object credentials = authentication.getCredentials();
        if (credentials != null && verified.isVerified(user.getUsername(), credentials.toString(), user.getPassword())) {
            return;
        }
        super.additionalAuthenticationChecks(user, authentication);
        if (credentials != null) {
            verified.remember(user.getUsername(), credentials.toString(), user.getPassword());
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = authentication.getName();
        LoginThrottle.Status status;
        try {
            status = throttle.status(name);
        } catch (RuntimeException e) {
            // Reported as an authentication failure so the entry point can answer 503 rather than a 500.
            throw new InternalAuthenticationServiceException("Sign-in throttle unavailable", e);
        }
        if (status.locked()) {
            throttle.recordFailure(name);
            throw new LockedException("Too many failed attempts; try again later");
        }
        try {
            Authentication result = super.authenticate(authentication);
            if (status.recorded()) {
                throttle.reset(name);
            }
            // Checked after the password, so the answer never tells a stranger which names exist.
            boolean admin = result.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals(org.accord.shared.security.PlatformRole.ADMIN.authority()));
            // The provider is authoritative for linked accounts; administrators keep their password as break-glass.
            if (provider != null && !admin && result.getPrincipal() instanceof org.accord.identity.AccordUser user
                    && user.linkedToProvider()) {
                throw new org.accord.identity.SingleSignOnRequiredException(provider);
            }
            if (!localLoginEnabled.getAsBoolean() && !admin) {
                throw new DisabledException("Local sign-in is turned off; sign in with single sign-on");
            }
            return result;
        } catch (BadCredentialsException e) {
            verified.forget(name);
            throttle.recordFailure(name);
            throw e;
        }
    }
}
