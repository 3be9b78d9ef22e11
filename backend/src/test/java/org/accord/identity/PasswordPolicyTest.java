package org.accord.identity;

import org.accord.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy(PasswordPolicy.DEFAULT_MIN_LENGTH);

    @Test
    void aLongPhraseOfOnesOwnIsAccepted() {
        assertThatCode(() -> policy.check("amina", "river stones at dusk")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("amina", "Kanuni za Ushauri 7")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("amina", "كلمة سر طويلة")).doesNotThrowAnyException();
    }

    @Test
    void tooShortOrTooLongIsRefusedSayingTheLimit() {
        assertThatThrownBy(() -> policy.check("amina", "short-1234")).isInstanceOf(InvalidInputException.class)
                .hasMessage("Password must have at least 12 characters");
        assertThatThrownBy(() -> policy.check("amina", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> policy.check("amina", "x".repeat(30) + "y".repeat(35))).hasMessageContaining("at most 64");
        // 24 four-byte characters are 96 bytes: bcrypt would silently ignore the end
        assertThatThrownBy(() -> policy.check("amina", "😀".repeat(24))).hasMessageContaining("at most 64");
    }

    @Test
    void commonPasswordsAndTheirDecoratedFormsAreRefused() {
        for (String p : new String[]{"password1234", "Password1234!", "qwertyuiop12", "123456789012", "1q2w3e4r5t6y",
                "!!Welcome2026", "iloveyou2026!", "aaaaaaaaaaaa", "abababababab", "Administrator1"}) {
            assertThatThrownBy(() -> policy.check("amina", p)).as(p).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("most common");
        }
    }

    @Test
    void theUserNameIsNotAPassword() {
        assertThatThrownBy(() -> policy.check("secretariat", "Secretariat-2026")).hasMessage("The password must not contain the user name");
    }

    @Test
    void aDeploymentMayAskForMoreButNotForLessThanEight() {
        assertThatThrownBy(() -> new PasswordPolicy(16).check("amina", "river stones")).hasMessageContaining("at least 16");
        assertThatThrownBy(() -> new PasswordPolicy(6)).isInstanceOf(IllegalArgumentException.class);
    }
}
