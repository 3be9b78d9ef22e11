package org.accord.identity;

import org.accord.identity.internal.SsoWebConfigurer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What the browser security chain needs for single sign-on: the OIDC login (authorization code + PKCE), keeping
 * session authorities in step with Keycloak, and a logout that ends the Keycloak session too. Does nothing when single
 * sign-on is not configured.
 */
@Component
public class SingleSignOnWeb {

    private final SsoWebConfigurer configurer;

    SingleSignOnWeb(SsoWebConfigurer configurer) {
        this.configurer = configurer;
    }

    public void configure(HttpSecurity http) throws Exception {
        configurer.configure(http);
    }

    /** RP-initiated logout through Keycloak for its users, the sign-in page for local ones; null without SSO. */
    public LogoutSuccessHandler logoutSuccessHandler() {
        return configurer.logoutSuccessHandler();
    }
}
