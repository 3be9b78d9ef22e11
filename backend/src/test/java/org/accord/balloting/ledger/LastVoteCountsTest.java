package org.accord.balloting.ledger;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.accord.balloting.ledger.LedgerFixtures.OPENS;
import static org.assertj.core.api.Assertions.assertThat;

class LastVoteCountsTest {

    @Test
    void theLastVoteOfEachVoterCounts() {
        Ledger ledger = new Ledger("ballot-1");
        ledger.append("alice", "yes", false, List.of(), OPENS.plusSeconds(1));
        ledger.append("bob", "no", false, List.of(), OPENS.plusSeconds(2));
        ledger.append("alice", "no", true, List.of("c-7"), OPENS.plusSeconds(3));
        ledger.append("carol", "abstain", false, List.of(), OPENS.plusSeconds(4));
        ledger.append("alice", "abstain", false, List.of(), OPENS.plusSeconds(5));
        ledger.append("bob", "yes", false, List.of(), OPENS.plusSeconds(6));

        Map<String, LedgerEntry> effective = LastVoteCounts.resolve(ledger.entries());

        assertThat(effective.keySet()).containsExactly("alice", "bob", "carol");
        assertThat(effective.get("alice").position()).isEqualTo(5);
        assertThat(effective.get("alice").choice()).isEqualTo("abstain");
        assertThat(effective.get("bob").choice()).isEqualTo("yes");
        assertThat(effective.get("carol").choice()).isEqualTo("abstain");
        assertThat(LastVoteCounts.countByChoice(effective)).containsExactly(Map.entry("abstain", 2L), Map.entry("yes", 1L));
    }

    @Test
    void theHighestPositionWinsWhateverTheListOrder() {
        Ledger ledger = new Ledger("ballot-1");
        ledger.append("alice", "yes", false, List.of(), OPENS);
        ledger.append("alice", "no", false, List.of(), OPENS.plusSeconds(1));
        List<LedgerEntry> reversed = ledger.entries().reversed();
        assertThat(LastVoteCounts.resolve(reversed).get("alice").choice()).isEqualTo("no");
    }

    @Test
    void noVotesNoEffectiveVotes() {
        assertThat(LastVoteCounts.resolve(List.of())).isEmpty();
    }
}
