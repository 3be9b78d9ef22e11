package org.accord.balloting.ledger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.accord.balloting.ledger.LedgerFixtures.export;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BallotExportIoTest {

    @TempDir
    Path dir;

    @Test
    void anExportSurvivesARoundTripThroughAFile() throws Exception {
        BallotExport original = export("ballot-1", 25, 8);
        Path file = dir.resolve("export.json");
        BallotExportIo.write(original, file);
        BallotExport read = BallotExportIo.read(file);

        assertThat(read).isEqualTo(original);
        assertThat(read.voters().get(1).weight()).isEqualByComparingTo("1.5");
        assertThat(read.voters().get(0).subChamber()).isNull();
        assertThat(read.ballot().ruleParameters()).containsEntry("threshold", new BigDecimal("0.5")).containsEntry("quorum", 3L);
        assertThat(ChainVerifier.verify(read.entries()).ok()).isTrue();
        assertThat(BallotExportIo.toJson(read)).isEqualTo(Files.readString(file));
    }

    @Test
    void theFileHasTheAgreedShapeAndHashesTheCastAtTextAsWritten() {
        String json = BallotExportIo.toJson(export("ballot-1", 3, 3));
        assertThat(json).contains("\"ballot\"", "\"ruleName\"", "\"ruleParameters\"", "\"secret\" : true",
                "\"opensAt\" : \"2025-03-01T08:00:00.000000000Z\"", "\"voters\"", "\"pMember\"", "\"constituencies\"",
                "\"subChamber\"", "\"entries\"", "\"voterToken\"", "\"commentRefs\"", "\"previousHash\"", "\"tally\"",
                "\"castAt\" : \"2025-03-01T08:00:01.123456000Z\"", "\"weight\" : 1.5");
    }

    @Test
    void anEmptyBallotRoundTrips() throws Exception {
        BallotExport empty = new BallotExport(new BallotExport.Ballot("b", "t", "r", null, false, null, null),
                List.of(), List.of(), Map.of());
        assertThat(BallotExportIo.fromJson(BallotExportIo.toJson(empty))).isEqualTo(empty);
    }

    @Test
    void malformedFilesGetErrorsNamingTheField() {
        String good = BallotExportIo.toJson(export("ballot-1", 5, 3));
        assertMalformed(good.replaceFirst("\"castAt\" : \"[^\"]*\"", "\"castAt\" : \"yesterday\""),
                "entries[0].castAt", "entries[0].castAt: expected an ISO-8601 UTC instant such as 2025-03-01T10:15:30Z, got \"yesterday\"");
        assertMalformed(good.replaceFirst("\"position\" : 1,", "\"position\" : \"one\","),
                "entries[0].position", "entries[0].position: expected a whole number, got the string \"one\"");
        assertMalformed(good.replaceFirst("\"position\" : 2,", "\"position\" : 2.5,"),
                "entries[1].position", "entries[1].position: expected a whole number");
        assertMalformed(good.replaceFirst(",\\s*\"hash\" : \"[0-9a-f]*\"", ""),
                "entries[0].hash", "entries[0].hash: is missing");
        assertMalformed(good.replaceFirst("\"weight\" : 1,", "\"weight\" : \"heavy\","),
                "voters[0].weight", "voters[0].weight: expected a number");
        assertMalformed(good.replaceFirst("\"pMember\" : false", "\"pMember\" : \"no\""),
                "voters[0].pMember", "voters[0].pMember: expected true or false");
        assertMalformed(good.replaceFirst("\"secret\" : true", "\"secret\" : null"),
                "ballot.secret", "ballot.secret: expected true or false, got null");
        assertMalformed(good.replaceFirst("\"commentRefs\" : \\[ \"comment-0\" \\]", "\"commentRefs\" : [ 7 ]"),
                "entries[0].commentRefs[0]", "entries[0].commentRefs[0]: expected a string");
        assertMalformed(good.replaceFirst("\"entries\" : \\[", "\"entries\" : {\"x\": ["), "", "not valid JSON");
        assertMalformed(good.replaceFirst("\"tally\" : \\{", "\"tallies\" : {"), "tally", "tally: is missing");
        assertMalformed(good.replaceFirst("\"voters\" : \\[", "\"voters\" : 3, \"x\" : ["),
                "voters", "voters: expected a JSON array, got number 3");
        assertMalformed("{\"ballot\": [], \"voters\": [], \"entries\": [], \"tally\": {}}",
                "ballot", "ballot: expected a JSON object, got a JSON array");
        assertMalformed("[1, 2]", "(top level)", "expected a JSON object");
        assertMalformed("", "", "the file is empty");
        assertMalformed("{\"ballot\": ", "", "not valid JSON at line 1");
        assertMalformed("\u0000\u0001garbage", "", "not valid JSON");
    }

    @Test
    void duplicateKeysAreRejected() {
        String good = BallotExportIo.toJson(export("ballot-1", 5, 3));
        String twice = good.replaceFirst("\"choice\" : \"yes\",", "\"choice\" : \"yes\", \"choice\" : \"no\",");
        assertThatThrownBy(() -> BallotExportIo.fromJson(twice))
                .isInstanceOf(MalformedExportException.class)
                .hasMessageContaining("choice");
    }

    @Test
    void aMissingFileIsAnIoError() {
        assertThatThrownBy(() -> BallotExportIo.read(dir.resolve("nope.json"))).isInstanceOf(NoSuchFileException.class);
    }

    private static void assertMalformed(String json, String field, String message) {
        assertThatThrownBy(() -> BallotExportIo.fromJson(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedExportException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((MalformedExportException) e).field()).isEqualTo(field));
    }
}
