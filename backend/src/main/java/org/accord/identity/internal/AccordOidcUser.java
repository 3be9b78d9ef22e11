package org.accord.identity.internal;

import org.accord.identity.AccordUser;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.Map;

/** A person signed in through OIDC: the app's own user (id, authorities) that is also the provider's OIDC user. */
class AccordOidcUser extends AccordUser implements OidcUser {

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    AccordOidcUser(AccordUser user, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(user.userId(), user.getUsername(), user.displayName(), user.getPassword(), user.isEnabled(), user.getAuthorities());
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
