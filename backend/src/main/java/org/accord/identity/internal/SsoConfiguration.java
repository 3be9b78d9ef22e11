package org.accord.identity.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.time.Duration;
import java.util.Map;

/**
 * Keycloak beans, present only when {@code accord.sso.url} is set. Endpoints are derived from the issuer rather than
 * discovered at start-up, so the app starts (and local sign-in works) while Keycloak is down; signing keys are fetched
 * on first use and cached.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${accord.sso.url:}'.trim().isEmpty()")
class SsoConfiguration {

    @Bean
    ClientRegistrationRepository clientRegistrations(SsoProperties sso) {
        ClientRegistration keycloak = ClientRegistration.withRegistrationId(SsoProperties.REGISTRATION_ID)
                .clientName(sso.providerName())
                .clientId(sso.clientId())
                .clientSecret(sso.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(sso.issuer())
                .authorizationUri(sso.endpoint("auth"))
                .tokenUri(sso.endpoint("token"))
                .jwkSetUri(sso.endpoint("certs"))
                .userInfoUri(sso.endpoint("userinfo"))
                .userNameAttributeName("preferred_username")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", sso.endpoint("logout")))
                // PKCE even though the client has a secret: a stolen authorization code is then worthless.
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
        return new InMemoryClientRegistrationRepository(keycloak);
    }

    /**
     * How far the app's and Keycloak's clocks may differ. Spring's default of 60 s would keep an expired token (and a
     * role removed since) valid a minute longer; servers of one deployment keep their clocks in step (NTP).
     */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    /** Bearer tokens: Keycloak's signature, this realm as issuer, our audience, and not expired. */
    @Bean
    JwtDecoder jwtDecoder(SsoProperties sso) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(sso.endpoint("certs")).build();
        decoder.setJwtValidator(validator(sso.issuer(), sso.audience()));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
        return new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(CLOCK_SKEW), new JwtIssuerValidator(issuer),
                audience(audience));
    }

    static OAuth2TokenValidator<Jwt> audience(String audience) {
        OAuth2Error wrong = new OAuth2Error("invalid_token", "The token was not issued for this API (audience)", null);
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(wrong);
    }

    /** The provider's user, turned into the linked local account with current roles and groups. */
    @Bean
    OidcUserService accordOidcUserService(SsoAccounts accounts, SsoProperties sso) {
        return new OidcUserService() {
            @Override
            public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
                OidcUser oidc = super.loadUser(request);
                try {
                    return new AccordOidcUser(accounts.signIn(sso.issuer(), oidc.getClaims()), oidc.getIdToken(), oidc.getUserInfo());
                } catch (org.springframework.security.core.AuthenticationException e) {
                    throw new OAuth2AuthenticationException(new OAuth2Error("access_denied", e.getMessage(), null), e);
                }
            }
        };
    }
}
