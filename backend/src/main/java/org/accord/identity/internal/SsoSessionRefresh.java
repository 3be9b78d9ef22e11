package org.accord.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.accord.identity.AccordUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Keeps a single sign-on browser session no more trusted than its access token. When the token has expired it is
 * refreshed at Keycloak, and the roles and groups of the new token replace the session's authorities; when Keycloak
 * refuses (signed out there, disabled, session ended) the session here ends too. So a role removed in Keycloak is gone
 * at the first request after the token lifetime.
 */
class SsoSessionRefresh extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SsoSessionRefresh.class);
    private static final String CURRENT_TOKEN = SsoSessionRefresh.class.getName() + ".token";

    private final OAuth2AuthorizedClientManager clients;
    private final JwtDecoder decoder;
    private final SsoAccounts accounts;
    private final String issuer;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SsoSessionRefresh(OAuth2AuthorizedClientManager clients, JwtDecoder decoder, SsoAccounts accounts, String issuer) {
        this.clients = clients;
        this.decoder = decoder;
        this.accounts = accounts;
        this.issuer = issuer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (auth instanceof OAuth2AuthenticationToken token && token.getPrincipal() instanceof AccordOidcUser user
                && session != null) {
            try {
                OAuth2AuthorizedClient client = clients.authorize(OAuth2AuthorizeRequest
                        .withClientRegistrationId(token.getAuthorizedClientRegistrationId()).principal(token)
                        .attribute(HttpServletRequest.class.getName(), request)
                        .attribute(HttpServletResponse.class.getName(), response).build());
                String value = client == null ? null : client.getAccessToken().getTokenValue();
                Object seen = session.getAttribute(CURRENT_TOKEN);
                if (value != null && seen != null && !value.equals(seen)) {
                    Jwt jwt = decoder.decode(value);
                    AccordUser fresh = accounts.signIn(issuer, jwt.getClaims());
                    OAuth2AuthenticationToken renewed = new OAuth2AuthenticationToken(
                            new AccordOidcUser(fresh, user.getIdToken(), user.getUserInfo()), fresh.getAuthorities(),
                            token.getAuthorizedClientRegistrationId());
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(renewed);
                    SecurityContextHolder.setContext(context);
                    contexts.saveContext(context, request, response);
                }
                session.setAttribute(CURRENT_TOKEN, value);
            } catch (OAuth2AuthorizationException | AuthenticationException | JwtException e) {
                log.info("Single sign-on session of {} ended at the provider: {}", auth.getName(), e.getMessage());
                SecurityContextHolder.clearContext();
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
