package org.accord.balloting.ledger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.accord.balloting.ledger.LedgerFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class ChainVerifierTest {

    static final List<LedgerEntry> LOG = ledger("ballot-1", 40, 12).entries();

    @Test
    void anUntouchedChainVerifies() {
        Verification v = ChainVerifier.verify(LOG);
        assertThat(v.ok()).isTrue();
        assertThat(v.problems()).isEmpty();
        assertThat(ChainVerifier.verify("ballot-1", LOG).ok()).isTrue();
    }

    @Test
    void anEmptyLogVerifies() {
        assertThat(ChainVerifier.verify(List.of()).ok()).isTrue();
        assertThat(ChainVerifier.verify("ballot-1", List.of()).ok()).isTrue();
    }

    @Test
    void theFirstEntryChainsToTheGenesisValueOfItsBallot() {
        assertThat(LOG.get(0).previousHash()).isEqualTo(LedgerHashing.genesisHash("ballot-1"));
        assertThat(LedgerHashing.genesisHash("ballot-1")).isNotEqualTo(LedgerHashing.genesisHash("ballot-2"));
        for (int i = 1; i < LOG.size(); i++) {
            assertThat(LOG.get(i).previousHash()).isEqualTo(LOG.get(i - 1).hash());
            assertThat(LOG.get(i).position()).isEqualTo(i + 1);
        }
    }

    static Stream<Arguments> singleFieldChanges() {
        return Stream.of(
                Arguments.of("choice", (UnaryOperator<LedgerEntry>) e -> withChoice(e, e.choice().equals("yes") ? "no" : "yes")),
                Arguments.of("castAt", (UnaryOperator<LedgerEntry>) e -> withCastAt(e, e.castAt().plusSeconds(1))),
                Arguments.of("castAt by a nanosecond", (UnaryOperator<LedgerEntry>) e -> withCastAt(e, e.castAt().plusNanos(1))),
                Arguments.of("previousHash", (UnaryOperator<LedgerEntry>) e -> withPreviousHash(e, LOG.get(3).hash())),
                Arguments.of("voterToken", (UnaryOperator<LedgerEntry>) e -> withVoterToken(e, "voter-999")),
                Arguments.of("ballotId", (UnaryOperator<LedgerEntry>) e -> withBallotId(e, "ballot-2")),
                Arguments.of("reasoned", (UnaryOperator<LedgerEntry>) e -> withReasoned(e, !e.reasoned())),
                Arguments.of("commentRefs", (UnaryOperator<LedgerEntry>) e -> withCommentRefs(e, List.of("forged"))),
                Arguments.of("position", (UnaryOperator<LedgerEntry>) e -> withPosition(e, e.position() + 100)),
                Arguments.of("hash", (UnaryOperator<LedgerEntry>) e -> withHash(e, LOG.get(3).hash())));
    }

    @ParameterizedTest(name = "changing {0} of entry 17 is detected")
    @MethodSource("singleFieldChanges")
    void changingAnySingleFieldOfOneEntryFailsAndNamesIt(String field, UnaryOperator<LedgerEntry> change) {
        Verification v = ChainVerifier.verify(replace(LOG, 17, change));
        assertThat(v.ok()).isFalse();
        assertThat(v.firstProblem()).startsWith("entry 17: ");
    }

    @ParameterizedTest(name = "changing {0} of entry 1 is detected")
    @MethodSource("singleFieldChanges")
    void changingAnySingleFieldOfTheFirstEntryFailsAndNamesIt(String field, UnaryOperator<LedgerEntry> change) {
        Verification v = ChainVerifier.verify("ballot-1", replace(LOG, 1, change));
        assertThat(v.ok()).isFalse();
        assertThat(v.firstProblem()).startsWith("entry 1: ");
    }

    @Test
    void aChangedChoiceIsReportedAsContentsNotMatchingTheHash() {
        Verification v = ChainVerifier.verify(replace(LOG, 17, e -> withChoice(e, "no-" + e.choice())));
        assertThat(v.problems()).containsExactly("entry 17: hash does not match its contents");
    }

    @Test
    void aChangedCastAtIsReported() {
        Verification v = ChainVerifier.verify(replace(LOG, 9, e -> withCastAt(e, e.castAt().minusSeconds(3600))));
        assertThat(v.problems()).containsExactly("entry 9: hash does not match its contents");
    }

    @Test
    void aChangedPreviousHashIsReported() {
        Verification v = ChainVerifier.verify(replace(LOG, 5, e -> withPreviousHash(e, LedgerHashing.genesisHash("ballot-1"))));
        assertThat(v.problems()).containsExactly(
                "entry 5: previousHash does not match the hash of entry 4",
                "entry 5: hash does not match its contents");
    }

    @Test
    void aDeletedEntryIsReportedWhereItIsMissing() {
        List<LedgerEntry> log = new ArrayList<>(LOG);
        log.remove(22); // position 23
        Verification v = ChainVerifier.verify(log);
        assertThat(v.ok()).isFalse();
        assertThat(v.firstProblem()).startsWith("entry 23: carries position 24, expected 23");
        assertThat(v.problems()).contains("entry 23: previousHash does not match the hash of entry 22");
        assertThat(v.problems()).as("the offset is reported once").hasSize(2);
    }

    @Test
    void deletingTheFirstOrLastEntryIsDetected() {
        assertThat(ChainVerifier.verify(LOG.subList(1, LOG.size())).firstProblem()).startsWith("entry 1: ");
        // Dropping the last entry leaves a valid shorter chain: only a head hash published earlier or the voter's
        // receipt shows it (see LedgerTest and BallotVerifierCliTest).
        assertThat(ChainVerifier.verify(LOG.subList(0, LOG.size() - 1)).ok()).isTrue();
    }

    @Test
    void swappedEntriesAreReportedAtTheFirstOfThem() {
        List<LedgerEntry> log = new ArrayList<>(LOG);
        Collections.swap(log, 9, 10); // positions 10 and 11
        Verification v = ChainVerifier.verify(log);
        assertThat(v.ok()).isFalse();
        assertThat(v.firstProblem()).isEqualTo(
                "entry 10: carries position 11, expected 10 (positions must run 1, 2, 3, ...; an entry was deleted, inserted or moved)");
        assertThat(v.problems()).allMatch(p -> p.startsWith("entry 10: ") || p.startsWith("entry 11: ") || p.startsWith("entry 12: "));
    }

    @Test
    void swappedEntriesWithRenumberedPositionsAreStillDetected() {
        List<LedgerEntry> log = new ArrayList<>(LOG);
        Collections.swap(log, 9, 10);
        log.set(9, withPosition(log.get(9), 10));
        log.set(10, withPosition(log.get(10), 11));
        Verification v = ChainVerifier.verify(log);
        assertThat(v.firstProblem()).startsWith("entry 10: ");
    }

    @Test
    void anInsertedCopyOfAnEntryIsDetected() {
        List<LedgerEntry> log = new ArrayList<>(LOG);
        log.add(30, LOG.get(29)); // entry 30 appears twice
        Verification v = ChainVerifier.verify(log);
        assertThat(v.ok()).isFalse();
        assertThat(v.firstProblem()).startsWith("entry 31: carries position 30, expected 31");
    }

    @Test
    void anInsertedForgedEntryWithAValidOwnHashIsDetected() {
        // The forger chains the new vote correctly onto entry 29 and gives it position 30 ...
        LedgerEntry forged = LedgerEntry.create(30, "ballot-1", "voter-5", "yes", false, List.of(),
                LOG.get(29).castAt(), LOG.get(28).hash());
        List<LedgerEntry> log = new ArrayList<>(LOG);
        log.add(29, forged);
        // ... but the old entry 30, now 31st, neither carries position 31 nor chains onto the forged entry.
        Verification v = ChainVerifier.verify(log);
        assertThat(v.ok()).isFalse();
        assertThat(v.firstProblem()).startsWith("entry 31: ");
        assertThat(v.problems()).contains("entry 31: previousHash does not match the hash of entry 30");
    }

    @Test
    void anInsertedEntryWithoutAValidHashIsNamed() {
        LedgerEntry forged = new LedgerEntry(30, "ballot-1", "voter-5", "yes", false, List.of(),
                LOG.get(29).castAt(), LOG.get(28).hash(), "0".repeat(64));
        List<LedgerEntry> log = new ArrayList<>(LOG);
        log.add(29, forged);
        assertThat(ChainVerifier.verify(log).firstProblem()).isEqualTo("entry 30: hash does not match its contents");
    }

    @Test
    void entriesOfAnotherBallotAreRejected() {
        List<LedgerEntry> other = ledger("ballot-2", 5, 3).entries();
        assertThat(ChainVerifier.verify("ballot-1", other).firstProblem())
                .isEqualTo("entry 1: belongs to ballot \"ballot-2\", not \"ballot-1\"");
    }

    @Test
    void positionsMustStartAtOne() {
        List<LedgerEntry> log = LOG.stream().map(e -> withPosition(e, e.position() - 1)).toList();
        assertThat(ChainVerifier.verify(log).firstProblem()).startsWith("entry 1: carries position 0, expected 1");
    }

    @Test
    void manyProblemsAreCapped() {
        List<LedgerEntry> log = ledger("ballot-1", 500, 50).entries().stream()
                .map(e -> withChoice(e, "forged")).toList();
        Verification v = ChainVerifier.verify(log);
        assertThat(v.problems()).hasSize(ChainVerifier.MAX_PROBLEMS + 1);
        assertThat(v.problems().get(ChainVerifier.MAX_PROBLEMS)).isEqualTo("... and 400 more problem(s) not listed");
    }
}
