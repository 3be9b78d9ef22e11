package org.accord.identity;

import org.accord.identity.internal.ThrottlingAuthenticationProvider;
import org.accord.shared.security.WorkingGroupRole;
import org.accord.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = org.accord.BackendTestApplication.class)
class SignInThrottleTest {

    @Autowired ThrottlingAuthenticationProvider provider;
    @Autowired Fixtures fixtures;

    private void attempt(String user, String password) {
        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
    }

    @Test
    void rightPasswordSignsIn() {
        String user = fixtures.member(fixtures.workingGroup(), WorkingGroupRole.OBSERVER);
        attempt(user, "accord-demo");
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefused() {
        String user = fixtures.member(fixtures.workingGroup(), WorkingGroupRole.OBSERVER);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt(user, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(user, "accord-demo")).isInstanceOf(LockedException.class);
    }

    @Test
    void unknownNamesAreThrottledTheSameWay_soALockRevealsNothing() {
        String ghost = fixtures.unique("ghost");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt(ghost, "x")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(ghost, "x")).isInstanceOf(LockedException.class);
    }

    @Test
    void aSuccessClearsEarlierFailures() {
        String user = fixtures.member(fixtures.workingGroup(), WorkingGroupRole.OBSERVER);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt(user, "wrong")).isInstanceOf(AuthenticationException.class);
        }
        attempt(user, "accord-demo");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt(user, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(provider).isNotNull();
    }
}
