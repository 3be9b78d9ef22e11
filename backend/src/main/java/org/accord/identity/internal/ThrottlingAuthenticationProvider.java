package org.accord.identity.internal;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in with backoff: while a user name is locked the password is not even checked,
 * so guessing gains nothing; every failure is reported as the same bad-credentials error.
 */
public class ThrottlingAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;

    public ThrottlingAuthenticationProvider(AccordUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        super(users);
        setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = authentication.getName();
        if (throttle.isLocked(name)) {
            throttle.recordFailure(name);
            throw new LockedException("Too many failed attempts; try again later");
        }
        try {
            Authentication result = super.authenticate(authentication);
            throttle.reset(name);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(name);
            throw e;
        }
    }
}
