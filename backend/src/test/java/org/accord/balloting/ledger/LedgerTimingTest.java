package org.accord.balloting.ledger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.accord.balloting.ledger.LedgerFixtures.OPENS;
import static org.assertj.core.api.Assertions.assertThat;

/** Prints how long 100,000 votes take; asserts only correctness, never time. */
class LedgerTimingTest {

    static final int ENTRIES = 100_000;
    static final int VOTERS = 20_000;

    @TempDir
    Path dir;

    @Test
    void appendAndVerifyAHundredThousandEntries() throws Exception {
        byte[] secret = VoterTokens.newBallotSecret();
        long t0 = System.nanoTime();
        List<String> tokens = new ArrayList<>(VOTERS);
        for (int i = 0; i < VOTERS; i++) {
            tokens.add(VoterTokens.secretToken(secret, "ballot-big", "member-" + i));
        }
        long t1 = System.nanoTime();
        Ledger ledger = new Ledger("ballot-big");
        for (int i = 0; i < ENTRIES; i++) {
            ledger.append(tokens.get(i % VOTERS), i % 3 == 0 ? "yes" : "no", i % 10 == 0,
                    i % 10 == 0 ? List.of("comment-" + i) : List.of(), OPENS.plusMillis(i * 37L));
        }
        long t2 = System.nanoTime();
        List<LedgerEntry> entries = ledger.entries();
        Verification v = ChainVerifier.verify(entries);
        long t3 = System.nanoTime();
        Map<String, LedgerEntry> effective = LastVoteCounts.resolve(entries);
        long t4 = System.nanoTime();

        List<BallotExport.Voter> voters = tokens.stream()
                .map(t -> new BallotExport.Voter(t, BigDecimal.ONE, "c", null, "member", true, List.of())).toList();
        BallotExport export = new BallotExport(new BallotExport.Ballot("ballot-big", "Big", "simple-majority",
                Map.of(), true, OPENS, OPENS.plusSeconds(86_400)), voters, entries, Map.of());
        Path file = dir.resolve("big.json");
        BallotExportIo.write(export, file);
        long t5 = System.nanoTime();
        BallotExport read = BallotExportIo.read(file);
        long t6 = System.nanoTime();
        int status = BallotVerifierCli.run(new String[]{file.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), null);
        long t7 = System.nanoTime();

        System.out.printf("[ledger timing] %,d secret voter tokens (HMAC-SHA256): %,d ms%n", VOTERS, ms(t0, t1));
        System.out.printf("[ledger timing] append %,d entries: %,d ms%n", ENTRIES, ms(t1, t2));
        System.out.printf("[ledger timing] verify chain of %,d entries: %,d ms%n", ENTRIES, ms(t2, t3));
        System.out.printf("[ledger timing] resolve last votes: %,d ms%n", ms(t3, t4));
        System.out.printf("[ledger timing] write export (%,d KB): %,d ms%n", file.toFile().length() / 1024, ms(t4, t5));
        System.out.printf("[ledger timing] read export: %,d ms%n", ms(t5, t6));
        System.out.printf("[ledger timing] whole CLI run on the export: %,d ms%n", ms(t6, t7));

        assertThat(v.ok()).as(String.valueOf(v.problems())).isTrue();
        assertThat(effective).hasSize(VOTERS);
        assertThat(read.entries()).hasSize(ENTRIES);
        assertThat(status).isZero();
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
