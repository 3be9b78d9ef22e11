package org.accord.shared.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One state change to record: what kind, about which subject (type, id and a label a person recognises), in which
 * working group and draft, and the changed fields before and after (small: never whole documents). Written
 * fluently in one statement, e.g.
 * {@code AuditEntry.of(STAGE_CHANGED, "draft", id, "ISO 1").in(wg, id).before("stage", "20.20").after("stage", "30.20")}.
 * Texts are cleaned here (NUL removed, long values cut at a character boundary) so what is hashed is what is stored.
 */
public record AuditEntry(AuditKind kind, UUID workingGroupId, UUID draftId, String subjectType, String subjectId,
                         String subjectLabel, Map<String, String> before, Map<String, String> after) {

    /** Longest stored subject label, in characters. */
    public static final int MAX_LABEL = 500;
    /** Longest stored field value, in characters; longer text belongs in an {@link #excerpt}. */
    public static final int MAX_VALUE = 500;
    /** Length of {@link #excerpt}s. */
    public static final int EXCERPT = 120;

    public AuditEntry {
        Objects.requireNonNull(kind, "kind");
        subjectType = clean(Objects.requireNonNull(subjectType, "subjectType"), 60);
        subjectId = clean(subjectId == null ? "" : subjectId, 100);
        subjectLabel = clean(subjectLabel == null ? "" : subjectLabel, MAX_LABEL);
        before = cleanState(before);
        after = cleanState(after);
    }

    public static AuditEntry of(AuditKind kind, String subjectType, Object subjectId, String subjectLabel) {
        return new AuditEntry(kind, null, null, subjectType, subjectId == null ? null : subjectId.toString(),
                subjectLabel, null, null);
    }

    /** In a working group and, when not null, one of its drafts. */
    public AuditEntry in(UUID workingGroup, UUID draft) {
        return new AuditEntry(kind, workingGroup, draft, subjectType, subjectId, subjectLabel, before, after);
    }

    /** Fields before the change as key, value, key, value, ...; values become text, null stays null; none: no state. */
    public AuditEntry before(Object... keysAndValues) {
        return new AuditEntry(kind, workingGroupId, draftId, subjectType, subjectId, subjectLabel, state(keysAndValues), after);
    }

    /** Fields after the change as key, value, key, value, ... */
    public AuditEntry after(Object... keysAndValues) {
        return new AuditEntry(kind, workingGroupId, draftId, subjectType, subjectId, subjectLabel, before, state(keysAndValues));
    }

    /** A short stand-in for a long text: its first {@value #EXCERPT} characters and the SHA-256 of the whole. */
    public static String excerpt(String text) {
        if (text == null) {
            return null;
        }
        String head = cut(text, EXCERPT);
        return (head.length() < text.length() ? head + "…" : head) + " [sha256:" + sha256(text) + "]";
    }

    private static Map<String, String> state(Object... keysAndValues) {
        if (keysAndValues.length == 0) {
            return null;
        }
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("before/after take key, value pairs");
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object v = keysAndValues[i + 1];
            m.put(String.valueOf(keysAndValues[i]), v == null ? null : v.toString());
        }
        return m;
    }

    private static Map<String, String> cleanState(Map<String, String> m) {
        if (m == null) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(clean(k, 60), v == null ? null : clean(v, MAX_VALUE)));
        return Collections.unmodifiableMap(out);
    }

    // PostgreSQL text and jsonb refuse NUL; unpaired surrogates would not hash
    private static String clean(String s, int max) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), max));
        s.codePoints().filter(cp -> cp != 0 && !(cp >= 0xD800 && cp <= 0xDFFF)).forEach(b::appendCodePoint);
        String c = b.toString();
        return c.length() <= max ? c : cut(c, max - 1) + "…";
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }

    private static String sha256(String text) {
        return org.accord.shared.hashing.CanonicalFields.hex(org.accord.shared.hashing.CanonicalFields.sha256()
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
