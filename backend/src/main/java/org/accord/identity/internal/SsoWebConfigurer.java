package org.accord.identity.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

import java.time.Duration;

@Component
public class SsoWebConfigurer {

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final ObjectProvider<OidcUserService> users;
    private final ObjectProvider<JwtDecoder> decoder;
    private final SsoAccounts accounts;
    private final SsoProperties sso;

    SsoWebConfigurer(ObjectProvider<ClientRegistrationRepository> registrations, ObjectProvider<OidcUserService> users,
                     ObjectProvider<JwtDecoder> decoder, SsoAccounts accounts, SsoProperties sso) {
        this.registrations = registrations;
        this.users = users;
        this.decoder = decoder;
        this.accounts = accounts;
        this.sso = sso;
    }

    public void configure(HttpSecurity http) throws Exception {
        ClientRegistrationRepository repo = registrations.getIfAvailable();
        if (repo == null) {
            return;
        }
        // Tokens live in the HTTP session: they go when it goes, and nodes share nothing else.
        OAuth2AuthorizedClientRepository clients = new HttpSessionOAuth2AuthorizedClientRepository();
        http.oauth2Login(o -> o.loginPage("/login")
                .clientRegistrationRepository(repo)
                .authorizedClientRepository(clients)
                .userInfoEndpoint(u -> u.oidcUserService(users.getObject()))
                .failureUrl("/login?sso-error"));
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(repo, clients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken(r -> r.clockSkew(Duration.ofSeconds(5)))
                .build());
        http.addFilterBefore(new SsoSessionRefresh(manager, decoder.getObject(), accounts, sso.issuer()), AuthorizationFilter.class);
    }

    public LogoutSuccessHandler logoutSuccessHandler() {
        ClientRegistrationRepository repo = registrations.getIfAvailable();
        if (repo == null) {
            return null;
        }
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(repo);
        handler.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        handler.setDefaultTargetUrl("/login?logout"); // local accounts
        return handler;
    }
}
