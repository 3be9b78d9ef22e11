package org.accord.identity.internal;

import org.accord.identity.AccordUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/** A REST caller authenticated by a Keycloak access token; the principal is the app's user, as for passwords. */
class BearerTokenUser extends AbstractAuthenticationToken {

    private final AccordUser user;
    private final transient Jwt token;

    BearerTokenUser(AccordUser user, Jwt token) {
        super(user.getAuthorities());
        this.user = user;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public AccordUser getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.getUsername();
    }
}
