package org.accord.identity.internal;

import org.accord.shared.web.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;

import java.time.Clock;

/**
 * Method security for every service, the shared password sign-in, and the stateless REST API chain.
 * The browser (Vaadin) chain lives in the frontend application.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SsoProperties.class)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ThrottlingAuthenticationProvider authenticationProvider(AccordUserDetailsService users, PasswordEncoder encoder,
                                                            LoginThrottle throttle, Clock clock,
                                                            ObjectProvider<org.accord.identity.SingleSignOn> sso,
                                                            SsoProperties ssoProperties) {
        // Looked up per sign-in, not injected: an early reference would leave the service without its method security.
        return new ThrottlingAuthenticationProvider(users, encoder, throttle,
                new VerifiedCredentials(java.time.Duration.ofMinutes(5), 10_000, clock), () -> sso.getObject().localLoginEnabled(),
                ssoProperties.enabled() ? ssoProperties.providerName() : null);
    }

    /**
     * The REST API: stateless; HTTP Basic for local accounts and, with single sign-on, Keycloak bearer tokens;
     * OpenAPI and health public.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<JwtDecoder> jwtDecoder, SsoAccounts accounts,
                                    SsoProperties sso) throws Exception {
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
            http.oauth2ResourceServer(o -> o
                    .jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(jwt -> new BearerTokenUser(accounts.signIn(sso.issuer(), jwt.getClaims()), jwt)))
                    // Logged with the reason, never with the token: a log must not become a store of credentials.
                    .authenticationEntryPoint((request, response, e) -> {
                        if (request.getHeader("Authorization") != null && request.getHeader("Authorization").regionMatches(true, 0, "Bearer ", 0, 7)) {
                            log.warn("Bearer token refused for {} {} from {}: {}", request.getMethod(), request.getRequestURI(),
                                    request.getRemoteAddr(), e.getMessage());
                        }
                        bearer.commence(request, response, e);
                    }));
        }
        http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(new DatabaseAwareEntryPoint()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> SecurityHeaders.apply(h, request -> request.getRequestURI().startsWith("/swagger-ui")
                        ? SecurityHeaders.SWAGGER_CSP : SecurityHeaders.API_CSP))
                // Stateless Basic auth sends credentials with every request; no cookie means no CSRF exposure.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
