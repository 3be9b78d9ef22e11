package org.accord.balloting.ledger;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.accord.balloting.ledger.LedgerFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerTest {

    @Test
    void appendReturnsAReceiptForTheNewEntry() {
        Ledger ledger = new Ledger("ballot-1");
        assertThat(ledger.headHash()).isEqualTo(LedgerHashing.genesisHash("ballot-1"));
        Receipt first = ledger.append("voter-1", "yes", false, List.of(), OPENS.plusSeconds(5));
        Receipt second = ledger.append("voter-2", "no", true, List.of("c-1", "c-2"), OPENS.plusSeconds(9));

        assertThat(first).isEqualTo(new Receipt("ballot-1", 1, ledger.entries().get(0).hash(), LedgerHashing.genesisHash("ballot-1")));
        assertThat(second.position()).isEqualTo(2);
        assertThat(second.chainHeadHashAtAppend()).isEqualTo(first.entryHash());
        assertThat(ledger.headHash()).isEqualTo(second.entryHash());
        assertThat(ledger.size()).isEqualTo(2);
        LedgerEntry e = ledger.entries().get(1);
        assertThat(e).isEqualTo(new LedgerEntry(2, "ballot-1", "voter-2", "no", true, List.of("c-1", "c-2"),
                OPENS.plusSeconds(9), first.entryHash(), second.entryHash()));
        assertThat(e.hashMatchesContents()).isTrue();
    }

    @Test
    void castTimesAreKeptToTheMicrosecond() {
        Ledger ledger = new Ledger("ballot-1");
        ledger.append("voter-1", "yes", false, List.of(), Instant.parse("2025-03-01T10:00:00.123456789Z"));
        assertThat(ledger.entries().get(0).castAt()).isEqualTo(Instant.parse("2025-03-01T10:00:00.123456Z"));
    }

    @Test
    void receiptsOfAnUntouchedLogVerify() {
        Ledger ledger = new Ledger("ballot-1");
        List<Receipt> receipts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            receipts.add(ledger.append(voterToken(i % 7), CHOICES.get(i % 3), false, List.of(), OPENS.plusSeconds(i)));
        }
        List<LedgerEntry> published = ledger.entries();
        assertThat(receipts).allMatch(r -> Ledger.verifyReceipt(r, published));
    }

    @Test
    void aReceiptForATamperedEntryFails() {
        Ledger ledger = ledger("ballot-1", 30, 10);
        Receipt receipt = ledger.append("voter-3", "yes", false, List.of(), OPENS.plusSeconds(99_999));
        List<LedgerEntry> published = replace(ledger.entries(), 31, e -> withChoice(e, "no"));

        assertThat(Ledger.verifyReceipt(receipt, published)).isFalse();
        assertThat(Ledger.checkReceipt(receipt, published).problems())
                .containsExactly("entry 31: hash does not match its contents");
    }

    @Test
    void aReceiptForATamperedAndResealedEntryFails() {
        Ledger ledger = ledger("ballot-1", 30, 10);
        Receipt receipt = ledger.append("voter-3", "yes", false, List.of(), OPENS.plusSeconds(99_999));
        LedgerEntry original = ledger.entries().get(30);
        LedgerEntry resealed = LedgerEntry.create(31, "ballot-1", "voter-3", "no", false, List.of(),
                original.castAt(), original.previousHash());
        List<LedgerEntry> published = replace(ledger.entries(), 31, e -> resealed);

        assertThat(ChainVerifier.verify(published).ok()).as("a consistent chain on its own").isTrue();
        assertThat(Ledger.checkReceipt(receipt, published).problems())
                .containsExactly("entry 31: hash differs from the receipt");
    }

    @Test
    void aReceiptFailsWhenItsEntryIsMissingOrMovedOrAnEarlierEntryIsTampered() {
        Ledger ledger = ledger("ballot-1", 20, 5);
        Receipt receipt = ledger.append("voter-3", "yes", false, List.of(), OPENS.plusSeconds(99_999));
        List<LedgerEntry> log = ledger.entries();

        assertThat(Ledger.checkReceipt(receipt, log.subList(0, 20)).firstProblem())
                .isEqualTo("entry 21: not in the published log (it has 20 entries)");
        List<LedgerEntry> withoutEntry3 = new ArrayList<>(log);
        withoutEntry3.remove(2);
        assertThat(Ledger.verifyReceipt(receipt, withoutEntry3)).isFalse();
        assertThat(Ledger.checkReceipt(receipt, replace(log, 4, e -> withChoice(e, "forged"))).firstProblem())
                .isEqualTo("entry 21: the log leading up to it is broken: entry 4: hash does not match its contents");
        // A later tampered entry does not concern this receipt; the chain verifier reports it.
        Receipt early = new Receipt("ballot-1", 2, log.get(1).hash(), log.get(0).hash());
        assertThat(Ledger.verifyReceipt(early, replace(log, 10, e -> withChoice(e, "forged")))).isTrue();
    }

    @Test
    void aReceiptOfAnotherBallotFails() {
        Ledger ledger = ledger("ballot-1", 5, 5);
        Receipt receipt = ledger.append("voter-1", "yes", false, List.of(), OPENS);
        Receipt misdirected = new Receipt("ballot-2", receipt.position(), receipt.entryHash(), receipt.chainHeadHashAtAppend());
        assertThat(Ledger.verifyReceipt(misdirected, ledger.entries())).isFalse();
    }

    @Test
    void resumeContinuesAVerifiedChainAndRejectsABrokenOne() {
        Ledger original = ledger("ballot-1", 10, 4);
        Ledger resumed = Ledger.resume("ballot-1", original.entries());
        assertThat(resumed.headHash()).isEqualTo(original.headHash());
        resumed.append("voter-1", "no", false, List.of(), OPENS.plusSeconds(99_999));
        assertThat(ChainVerifier.verify(resumed.entries()).ok()).isTrue();

        assertThatThrownBy(() -> Ledger.resume("ballot-1", replace(original.entries(), 3, e -> withChoice(e, "x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entry 3: hash does not match its contents");
    }

    @Test
    void concurrentAppendsKeepTheChainIntact() throws InterruptedException {
        Ledger ledger = new Ledger("ballot-1");
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 2_000; i++) {
                int n = i;
                pool.submit(() -> ledger.append(voterToken(n % 100), "yes", false, List.of(), OPENS.plusMillis(n)));
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(ledger.size()).isEqualTo(2_000);
        assertThat(ChainVerifier.verify(ledger.entries()).ok()).isTrue();
    }
}
