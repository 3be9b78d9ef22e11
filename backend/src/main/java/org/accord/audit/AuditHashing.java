package org.accord.audit;

import org.accord.shared.hashing.CanonicalFields;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The canonical form of an audit row and its SHA-256: the specification an outside verifier reproduces from an
 * export. Fields are length-prefixed UTF-8 strings ({@link CanonicalFields}):
 * <pre>
 * canonical(row) = field("accord-audit-entry/v1") || field(decimal(seq)) || field(instant(occurredAt))
 *               || field(actorId) || field(actorName) || field(workingGroupId or "") || field(draftId or "")
 *               || field(kind) || field(subjectType) || field(subjectId) || field(subjectLabel)
 *               || state(before) || state(after) || field(previousHash)
 * state(null)    = field("-")
 * state(m)       = field(decimal(size)) || for each key in ascending UTF-16 order: field(key) || value(m[key])
 * value(null)    = field("0");   value(v) = field("1") || field(v)
 * entryHash      = lowercase hex SHA-256(canonical(row))
 * genesis        = lowercase hex SHA-256(field("accord-audit-genesis/v1"))   -- previousHash of row 1
 * </pre>
 * {@code instant} is ISO-8601 UTC with nine fractional digits (times are stored to the microsecond), UUIDs are
 * lowercase with hyphens.
 */
public final class AuditHashing {

    public static final String ENTRY_TAG = "accord-audit-entry/v1";
    public static final String GENESIS_TAG = "accord-audit-genesis/v1";
    public static final String GENESIS = new CanonicalFields().add(GENESIS_TAG).sha256Hex();

    private AuditHashing() {
    }

    /** What {@code entryHash} of this row must be (its own {@code entryHash} is ignored). */
    public static String hashOf(AuditRecord r) {
        CanonicalFields f = new CanonicalFields()
                .add(ENTRY_TAG)
                .add(Long.toString(r.seq()))
                .add(CanonicalFields.instant(r.occurredAt()))
                .add(text(r.actorId()))
                .add(r.actorName())
                .add(text(r.workingGroupId()))
                .add(text(r.draftId()))
                .add(r.kind())
                .add(r.subjectType())
                .add(r.subjectId())
                .add(r.subjectLabel());
        state(f, r.before());
        state(f, r.after());
        return f.add(r.previousHash()).sha256Hex();
    }

    private static void state(CanonicalFields f, Map<String, String> m) {
        if (m == null) {
            f.add("-");
            return;
        }
        f.add(Integer.toString(m.size()));
        new TreeMap<>(m).forEach((k, v) -> {
            f.add(k);
            if (v == null) {
                f.add("0");
            } else {
                f.add("1").add(v);
            }
        });
    }

    private static String text(UUID id) {
        return id == null ? "" : id.toString();
    }
}
