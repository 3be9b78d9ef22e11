package org.accord.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keycloak single sign-on. Off unless {@code url} is set.
 *
 * @param url          Keycloak's base URL as browsers and this server both reach it, e.g. {@code http://localhost:8081}
 * @param realm        the realm
 * @param clientId     the confidential client the app signs people in with (authorization code + PKCE)
 * @param clientSecret its secret
 * @param audience     what bearer tokens for the REST API must name in {@code aud}
 * @param providerName shown on the sign-in page ("Sign in with …")
 */
@ConfigurationProperties("accord.sso")
public record SsoProperties(String url, String realm, String clientId, String clientSecret, String audience,
                            String providerName) {

    public static final String REGISTRATION_ID = "keycloak";

    public SsoProperties {
        url = url == null ? "" : url.strip().replaceAll("/+$", "");
        realm = blank(realm) ? "accord" : realm;
        clientId = blank(clientId) ? "accord-app" : clientId;
        audience = blank(audience) ? "accord" : audience;
        providerName = blank(providerName) ? "Keycloak" : providerName;
    }

    public boolean enabled() {
        return !url.isEmpty();
    }

    public String issuer() {
        return url + "/realms/" + realm;
    }

    public String endpoint(String path) {
        return issuer() + "/protocol/openid-connect/" + path;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
