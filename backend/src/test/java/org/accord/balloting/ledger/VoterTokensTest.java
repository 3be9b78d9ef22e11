package org.accord.balloting.ledger;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VoterTokensTest {

    @Test
    void secretTokensMatchAnIndependentImplementationOfTheSpecification() {
        byte[] secret = new byte[32];
        for (int i = 0; i < 32; i++) {
            secret[i] = (byte) i;
        }
        assertThat(VoterTokens.secretToken(secret, "ballot-1", "alice"))
                .isEqualTo("6a26d87516e08f28bd01eea0b20a98e0a06037735edb593347943dae8398db35");
    }

    @Test
    void secretTokensDoNotContainTheVoterId() {
        byte[] secret = VoterTokens.newBallotSecret();
        for (String voterId : new String[]{"alice", "bob@example.org", "member-42", "Jürgen Müller"}) {
            String token = VoterTokens.secretToken(secret, "ballot-1", voterId);
            assertThat(token).doesNotContainIgnoringCase(voterId).matches("[0-9a-f]{64}");
        }
    }

    @Test
    void secretTokensAreStablePerBallotButDifferBetweenBallots() {
        byte[] secret = VoterTokens.newBallotSecret();
        String first = VoterTokens.secretToken(secret, "ballot-1", "alice");
        assertThat(VoterTokens.secretToken(secret.clone(), "ballot-1", "alice")).isEqualTo(first);
        assertThat(VoterTokens.secretToken(secret, "ballot-2", "alice")).as("same secret, other ballot").isNotEqualTo(first);
        assertThat(VoterTokens.secretToken(VoterTokens.newBallotSecret(), "ballot-1", "alice")).as("other secret").isNotEqualTo(first);
        assertThat(VoterTokens.secretToken(secret, "ballot-1", "bob")).isNotEqualTo(first);
    }

    @Test
    void differentVotersGetDifferentTokens() {
        byte[] secret = VoterTokens.newBallotSecret();
        Set<String> tokens = new HashSet<>();
        IntStream.range(0, 10_000).forEach(i -> tokens.add(VoterTokens.secretToken(secret, "ballot-1", "voter-" + i)));
        assertThat(tokens).hasSize(10_000);
    }

    @Test
    void ballotIdAndVoterIdCannotBeShiftedIntoEachOther() {
        byte[] secret = VoterTokens.newBallotSecret();
        assertThat(VoterTokens.secretToken(secret, "b1", "alice"))
                .isNotEqualTo(VoterTokens.secretToken(secret, "b1a", "lice"));
    }

    @Test
    void openBallotsUseTheVoterId() {
        assertThat(VoterTokens.openToken("alice")).isEqualTo("alice");
        assertThat(VoterTokens.token(false, null, "ballot-1", "alice")).isEqualTo("alice");
        assertThat(VoterTokens.token(true, new byte[32], "ballot-1", "alice")).hasSize(64);
    }

    @Test
    void shortSecretsAreRefused() {
        assertThatThrownBy(() -> VoterTokens.secretToken(new byte[16], "ballot-1", "alice"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
