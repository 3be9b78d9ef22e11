package org.accord.balloting.ledger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.accord.balloting.ledger.LedgerFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class BallotVerifierCliTest {

    @TempDir
    Path dir;

    record Outcome(int status, String report) {
    }

    Outcome run(TallyRecomputer recomputer, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = BallotVerifierCli.run(args, out, recomputer);
        return new Outcome(status, bytes.toString(StandardCharsets.UTF_8));
    }

    Path write(BallotExport export) throws Exception {
        Path file = Files.createTempFile(dir, "export", ".json");
        BallotExportIo.write(export, file);
        return file;
    }

    BallotExport withEntries(BallotExport e, List<LedgerEntry> entries) {
        return new BallotExport(e.ballot(), e.voters(), entries, e.tally());
    }

    @Test
    void aGoodFilePasses() throws Exception {
        Path file = write(export("ballot-1", 60, 20));
        Outcome o = run(SIMPLE_TALLY, file.toString());
        assertThat(o.status()).as(o.report()).isZero();
        assertThat(o.report()).contains("OK   chain: 60 entries", "OK   tokens", "OK   voters: 20 voters",
                "votes: 20 effective", "40 earlier votes replaced", "OK   tally", "RESULT: PASS");
    }

    @Test
    void withoutARecomputerTheTallyIsNotRecomputedButTheRestPasses() throws Exception {
        Path file = write(export("ballot-1", 10, 5));
        Outcome o = run(null, file.toString());
        assertThat(o.status()).isZero();
        assertThat(o.report()).contains("tally not recomputed: no recomputer", "RESULT: PASS");
        // The ServiceLoader path finds the platform's recomputer (TallyFromExport), which cannot read this
        // test export's rule: the tally check then fails rather than being skipped.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThat(BallotVerifierCli.run(new String[]{file.toString()}, new PrintStream(bytes, true, StandardCharsets.UTF_8)))
                .isEqualTo(BallotVerifierCli.FAIL);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("no recomputer");
    }

    @Test
    void aTamperedFileFails() throws Exception {
        BallotExport good = export("ballot-1", 60, 20);
        Path file = write(withEntries(good, replace(good.entries(), 17, e -> withChoice(e, "no".equals(e.choice()) ? "yes" : "no"))));
        Outcome o = run(SIMPLE_TALLY, file.toString());
        assertThat(o.status()).isEqualTo(1);
        assertThat(o.report()).contains("FAIL chain: entry 17: hash does not match its contents", "RESULT: FAIL");
    }

    @Test
    void aFileEditedByHandFails() throws Exception {
        BallotExport good = export("ballot-1", 30, 10);
        Path file = write(good);
        String json = Files.readString(file);
        Files.writeString(file, json.replaceFirst("\"choice\" : \"no\"", "\"choice\" : \"yes\""));
        assertThat(run(null, file.toString()).status()).isEqualTo(1);
    }

    @Test
    void aWrongPublishedTallyFails() throws Exception {
        BallotExport good = export("ballot-1", 30, 10);
        Map<String, Object> tally = new LinkedHashMap<>(good.tally());
        tally.put("yes", ((BigDecimal) tally.get("yes")).add(BigDecimal.ONE));
        Path file = write(new BallotExport(good.ballot(), good.voters(), good.entries(), tally));
        Outcome o = run(SIMPLE_TALLY, file.toString());
        assertThat(o.status()).isEqualTo(1);
        assertThat(o.report()).contains("FAIL tally: tally.yes: published");
    }

    @Test
    void aRecomputerThatThrowsFails() throws Exception {
        Path file = write(export("ballot-1", 10, 5));
        Outcome o = run(export -> {
            throw new IllegalStateException("unknown rule");
        }, file.toString());
        assertThat(o.status()).isEqualTo(1);
        assertThat(o.report()).contains("FAIL tally: the tally could not be recomputed: unknown rule");
    }

    @Test
    void aVoteByAnUnlistedTokenFails() throws Exception {
        BallotExport good = export("ballot-1", 10, 5);
        Ledger ledger = Ledger.resume("ballot-1", good.entries());
        ledger.append("stranger", "yes", false, List.of(), OPENS.plusSeconds(3600));
        Outcome o = run(null, write(withEntries(good, ledger.entries())).toString());
        assertThat(o.status()).isEqualTo(1);
        assertThat(o.report()).contains("FAIL tokens: entry 11: voter token stranger is not on the voter list");
    }

    @Test
    void aDuplicatedVoterFails() throws Exception {
        BallotExport good = export("ballot-1", 10, 5);
        List<BallotExport.Voter> voters = new ArrayList<>(good.voters());
        voters.add(voters.get(2));
        Outcome o = run(null, write(new BallotExport(good.ballot(), voters, good.entries(), good.tally())).toString());
        assertThat(o.status()).isEqualTo(1);
        assertThat(o.report()).contains("FAIL voters: voter token voter-2 is listed more than once");
    }

    @Test
    void aVoteAfterClosingFails() throws Exception {
        BallotExport good = export("ballot-1", 10, 5);
        Ledger ledger = Ledger.resume("ballot-1", good.entries());
        ledger.append("voter-1", "yes", false, List.of(), CLOSES.plusSeconds(1));
        Outcome o = run(null, write(withEntries(good, ledger.entries())).toString());
        assertThat(o.status()).isEqualTo(1);
        assertThat(o.report()).contains("FAIL times: entry 11: cast at 2025-03-15T18:00:01Z, after the ballot closed");
    }

    @Test
    void aTruncatedLogIsCaughtByTheExpectedHead() throws Exception {
        BallotExport good = export("ballot-1", 10, 5);
        String head = good.entries().get(9).hash();
        assertThat(run(null, write(good).toString(), "--expect-head", head).status()).isZero();
        Path truncated = write(withEntries(good, good.entries().subList(0, 9)));
        Outcome o = run(null, truncated.toString(), "--expect-head", head);
        assertThat(o.status()).isEqualTo(1);
        assertThat(o.report()).contains("OK   chain", "FAIL head: the log ends in");
    }

    @Test
    void garbageIsUnreadable() throws Exception {
        Path garbage = dir.resolve("garbage.json");
        Files.write(garbage, new byte[]{0x1f, (byte) 0x8b, 0x08, 0x00, 'x', 'y'});
        Outcome o = run(null, garbage.toString());
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.report()).contains("cannot read", "not valid JSON", "RESULT: UNREADABLE");

        Path wrongShape = dir.resolve("wrong.json");
        Files.writeString(wrongShape, "{\"ballot\": {\"id\": \"b\"}}");
        Outcome o2 = run(null, wrongShape.toString());
        assertThat(o2.status()).isEqualTo(2);
        assertThat(o2.report()).contains("ballot.title: is missing");
    }

    @Test
    void aMissingFileOrBadArgumentsAreUnreadable() {
        assertThat(run(null, dir.resolve("nope.json").toString()).report()).contains("no such file");
        assertThat(run(null, dir.resolve("nope.json").toString()).status()).isEqualTo(2);
        assertThat(run(null).status()).isEqualTo(2);
        assertThat(run(null, "a.json", "b.json").report()).startsWith("usage:");
    }
}
