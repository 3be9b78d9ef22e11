package org.accord.identity.internal;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What makes a bearer token unacceptable besides its signature: issuer, audience, lifetime. */
class BearerTokenValidationTest {

    static final String ISSUER = "http://localhost:8081/realms/accord";
    final OAuth2TokenValidator<Jwt> validator = SsoConfiguration.validator(ISSUER, "accord");

    static Jwt token(String issuer, List<String> audience, Instant issued, Instant expires) {
        return Jwt.withTokenValue("t").header("alg", "RS256").issuer(issuer).audience(audience).subject("s")
                .issuedAt(issued).expiresAt(expires).build();
    }

    OAuth2TokenValidatorResult check(Jwt jwt) {
        return validator.validate(jwt);
    }

    @Test
    void acceptsACurrentTokenForThisRealmAndApi() {
        Instant now = Instant.now();
        assertThat(check(token(ISSUER, List.of("account", "accord"), now, now.plusSeconds(300))).hasErrors()).isFalse();
    }

    @Test
    void refusesAnExpiredToken() {
        Instant past = Instant.now().minusSeconds(3600);
        assertThat(check(token(ISSUER, List.of("accord"), past, past.plusSeconds(300))).getErrors())
                .anySatisfy(e -> assertThat(e.getDescription()).contains("expired"));
    }

    @Test
    void refusesATokenExpiredSecondsAgoBeyondTheSmallClockSkew() {
        Instant now = Instant.now();
        assertThat(check(token(ISSUER, List.of("accord"), now.minusSeconds(70), now.minusSeconds(10))).getErrors())
                .anySatisfy(e -> assertThat(e.getDescription()).contains("expired"));
        assertThat(check(token(ISSUER, List.of("accord"), now.minusSeconds(60), now.minusSeconds(2))).hasErrors()).isFalse();
    }

    @Test
    void refusesATokenForAnotherAudience() {
        Instant now = Instant.now();
        assertThat(check(token(ISSUER, List.of("account"), now, now.plusSeconds(300))).getErrors())
                .anySatisfy(e -> assertThat(e.getDescription()).contains("audience"));
    }

    @Test
    void refusesATokenFromAnotherRealm() {
        Instant now = Instant.now();
        assertThat(check(token("http://localhost:8081/realms/other", List.of("accord"), now, now.plusSeconds(300))).hasErrors())
                .isTrue();
    }
}
