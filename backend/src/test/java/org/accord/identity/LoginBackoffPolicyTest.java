package org.accord.identity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginBackoffPolicyTest {

    private final LoginBackoffPolicy policy = LoginBackoffPolicy.DEFAULT;

    @Test
    void firstFailuresAreFree() {
        for (int i = 0; i < 5; i++) {
            assertThat(policy.lockAfter(i)).isZero();
        }
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToTheCap() {
        assertThat(policy.lockAfter(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.lockAfter(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.lockAfter(7)).isEqualTo(Duration.ofSeconds(120));
        assertThat(policy.lockAfter(100)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void lockRunsFromTheLastFailure() {
        Instant t = Instant.parse("2026-11-24T10:00:00Z");
        assertThat(policy.lockedUntil(t, 5)).isEqualTo(t.plusSeconds(30));
        assertThat(policy.lockedUntil(t, 1)).isEqualTo(t);
    }
}
