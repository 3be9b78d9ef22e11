package org.accord.identity.internal;

import org.junit.jupiter.api.Test;

import java.time.*;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedCredentialsTest {

    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-24T10:00:00Z");
        public ZoneId getZone() { return ZoneOffset.UTC; }
        public Clock withZone(ZoneId zone) { return this; }
        public Instant instant() { return now; }
    }

    final TestClock clock = new TestClock();
    final VerifiedCredentials cache = new VerifiedCredentials(Duration.ofMinutes(5), 3, clock);

    @Test
    void remembersOnlyTheExactCredentialsAndHash() {
        cache.remember("ana", "secret-pass", "{bcrypt}hash1");
        assertThat(cache.isVerified("ana", "secret-pass", "{bcrypt}hash1")).isTrue();
        assertThat(cache.isVerified("ana", "other-pass", "{bcrypt}hash1")).isFalse();
        assertThat(cache.isVerified("ana", "secret-pass", "{bcrypt}hash2")).as("password changed").isFalse();
        assertThat(cache.isVerified("bob", "secret-pass", "{bcrypt}hash1")).isFalse();
    }

    @Test
    void forgetsAfterTheTtlAndOnRequest() {
        cache.remember("ana", "p", "h");
        clock.now = clock.now.plus(Duration.ofMinutes(6));
        assertThat(cache.isVerified("ana", "p", "h")).isFalse();
        cache.remember("ana", "p", "h");
        cache.forget("ana");
        assertThat(cache.isVerified("ana", "p", "h")).isFalse();
    }

    @Test
    void staysBounded() {
        for (int i = 0; i < 10; i++) {
            cache.remember("user" + i, "p", "h");
        }
        assertThat(cache.isVerified("user9", "p", "h")).isTrue();
    }
}
