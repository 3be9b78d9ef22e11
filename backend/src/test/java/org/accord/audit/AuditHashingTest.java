package org.accord.audit;

import org.accord.shared.audit.AuditEntry;
import org.accord.shared.audit.AuditKind;
import org.accord.shared.hashing.CanonicalFields;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AuditHashingTest {

    private static List<AuditRecord> chain(int n) {
        List<AuditRecord> rows = new ArrayList<>();
        String previous = AuditHashing.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditRecord r = new AuditRecord(i, Instant.parse("2026-01-01T10:00:00.123456Z").plusSeconds(i),
                    UUID.fromString("00000000-0000-0000-0000-00000000000" + (i % 10)), "user" + i, UUID.randomUUID(),
                    i % 2 == 0 ? null : UUID.randomUUID(), AuditKind.CLAUSE_REVISED.name(), "clause", "c" + i, "6.2 Risk",
                    Map.of("revision", Integer.toString(i)), i % 3 == 0 ? null : Map.of("revision", Integer.toString(i + 1)),
                    previous, null);
            String hash = AuditHashing.hashOf(r);
            rows.add(withHash(r, r.previousHash(), hash));
            previous = hash;
        }
        return rows;
    }

    private static AuditRecord withHash(AuditRecord r, String previous, String hash) {
        return new AuditRecord(r.seq(), r.occurredAt(), r.actorId(), r.actorName(), r.workingGroupId(), r.draftId(), r.kind(),
                r.subjectType(), r.subjectId(), r.subjectLabel(), r.before(), r.after(), previous, hash);
    }

    @Test
    void theGenesisIsTheHashOfItsTagAsTheMigrationStoresIt() {
        assertThat(AuditHashing.GENESIS).isEqualTo(new CanonicalFields().add("accord-audit-genesis/v1").sha256Hex())
                .isEqualTo("cfb0ba125a4e65c86a9d198b79ab54e9107f42ef81bf49a6ef11da44a3167a64");
    }

    @Test
    void anUntouchedChainVerifiesAgainstItsHead() {
        List<AuditRecord> rows = chain(5);
        AuditVerification v = AuditVerification.verify(rows, rows.getLast().entryHash(), 5L);
        assertThat(v.problems()).isEmpty();
        assertThat(v.valid()).isTrue();
        assertThat(v.rows()).isEqualTo(5);
        assertThat(AuditVerification.verify(List.of(), AuditHashing.GENESIS, 0L).valid()).isTrue();
    }

    @Test
    void keyOrderOfBeforeAndAfterDoesNotChangeTheHashButNullDiffersFromEmpty() {
        AuditRecord r = chain(1).getFirst();
        Map<String, String> reordered = new LinkedHashMap<>();
        reordered.put("b", "2");
        reordered.put("a", null);
        Map<String, String> sorted = new LinkedHashMap<>();
        sorted.put("a", null);
        sorted.put("b", "2");
        assertThat(AuditHashing.hashOf(with(r, reordered))).isEqualTo(AuditHashing.hashOf(with(r, sorted)));
        assertThat(AuditHashing.hashOf(with(r, null))).isNotEqualTo(AuditHashing.hashOf(with(r, Map.of())));
        Map<String, String> nullValue = new LinkedHashMap<>();
        nullValue.put("a", null);
        assertThat(AuditHashing.hashOf(with(r, nullValue))).isNotEqualTo(AuditHashing.hashOf(with(r, Map.of("a", "null"))));
    }

    private static AuditRecord with(AuditRecord r, Map<String, String> before) {
        return new AuditRecord(r.seq(), r.occurredAt(), r.actorId(), r.actorName(), r.workingGroupId(), r.draftId(), r.kind(),
                r.subjectType(), r.subjectId(), r.subjectLabel(), before, r.after(), r.previousHash(), r.entryHash());
    }

    @Test
    void aChangedRowADeletedRowAndACutTailAreFound() {
        List<AuditRecord> rows = chain(6);
        List<AuditRecord> changed = new ArrayList<>(rows);
        AuditRecord third = rows.get(2);
        changed.set(2, new AuditRecord(third.seq(), third.occurredAt(), third.actorId(), "someone-else", third.workingGroupId(),
                third.draftId(), third.kind(), third.subjectType(), third.subjectId(), third.subjectLabel(), third.before(),
                third.after(), third.previousHash(), third.entryHash()));
        assertThat(AuditVerification.verify(changed, rows.getLast().entryHash(), 6L).problems())
                .containsExactly("row 3: hash does not match its contents");

        List<AuditRecord> deleted = new ArrayList<>(rows);
        deleted.remove(3);
        assertThat(AuditVerification.verify(deleted, rows.getLast().entryHash(), 6L).problems())
                .contains("row 4: carries position 5 (a row was deleted, inserted or moved)",
                        "row 5: previousHash does not match the hash of the row before",
                        "the chain head says 6 rows, the log has 5");

        List<AuditRecord> cut = rows.subList(0, 5);
        AuditVerification v = AuditVerification.verify(cut, rows.getLast().entryHash(), 6L);
        assertThat(v.valid()).isFalse();
        assertThat(v.problems()).anyMatch(p -> p.contains("is not the hash of the last row"));
    }

    @Test
    void entriesAreCleanedSoWhatIsHashedIsWhatPostgresStores() {
        AuditEntry e = AuditEntry.of(AuditKind.COMMENT_FILED, "comment", 1, "A\u0000B")
                .after("text", "x\u0000y", "missing", null);
        assertThat(e.subjectLabel()).isEqualTo("AB");
        assertThat(e.after()).containsEntry("text", "xy").containsEntry("missing", null);
        assertThat(e.before()).isNull();

        String emoji = "a".repeat(AuditEntry.MAX_VALUE - 2) + "\uD83D\uDE00\uD83D\uDE00";
        String stored = AuditEntry.of(AuditKind.COMMENT_FILED, "comment", 1, "").after("t", emoji).after().get("t");
        assertThat(stored.length()).isLessThanOrEqualTo(AuditEntry.MAX_VALUE);
        assertThat(stored.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)).as("no half surrogate pair").isTrue();
        assertThat(stored).endsWith("…");
        new CanonicalFields().add(stored); // valid Unicode: hashable
    }

    @Test
    void anExcerptKeepsTheStartAndTheHashOfTheWhole() {
        String text = "word ".repeat(100);
        String excerpt = AuditEntry.excerpt(text);
        assertThat(excerpt).startsWith("word word").contains("…").contains(" [sha256:").hasSizeLessThan(AuditEntry.MAX_VALUE);
        assertThat(AuditEntry.excerpt("short")).startsWith("short [sha256:");
        assertThat(AuditEntry.excerpt(null)).isNull();
    }
}
