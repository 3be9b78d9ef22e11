package org.accord.balloting.ledger;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Pins the canonical form. The expected values were computed outside Java, from the specification in
 * {@link LedgerHashing}'s documentation alone (Python: hashlib/hmac, fields as 4-byte big-endian length + UTF-8).
 */
class LedgerHashingTest {

    static final String GENESIS = "204edc30c55153dc11a8d36c47f6311b3662f68e41c537e80cfcb5b932efc402";
    static final String ENTRY_HASH = "ac31d47e6c7274276e30cfd99d7c600a075b48576e3e29e6efc8b78d2986d6ae";

    static LedgerEntry sample() {
        return LedgerEntry.create(7, "ballot-ä", "tok", "yes", true, List.of("c1", "c2"),
                Instant.parse("2025-03-01T10:15:30.5Z"), LedgerHashing.genesisHash("ballot-ä"));
    }

    @Test
    void genesisAndEntryHashMatchAnIndependentImplementationOfTheSpecification() {
        assertThat(LedgerHashing.genesisHash("ballot-ä")).isEqualTo(GENESIS);
        assertThat(sample().hash()).isEqualTo(ENTRY_HASH);
    }

    @Test
    void theHashDoesNotDependOnTheDefaultLocaleOrTimeZone() {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            for (String tag : List.of("ar-SA-u-nu-arab", "th-TH-u-ca-buddhist", "hi-IN-u-nu-deva", "tr-TR")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
                assertThat(sample().hash()).as(tag).isEqualTo(ENTRY_HASH);
                assertThat(LedgerHashing.formatInstant(Instant.parse("2025-03-01T10:15:30.5Z")))
                        .isEqualTo("2025-03-01T10:15:30.500000000Z");
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void fieldBoundariesAreUnambiguous() {
        Instant t = Instant.parse("2025-03-01T10:00:00Z");
        String prev = LedgerHashing.genesisHash("b");
        assertThat(LedgerEntry.create(1, "b", "ab", "c", false, List.of(), t, prev).hash())
                .isNotEqualTo(LedgerEntry.create(1, "b", "a", "bc", false, List.of(), t, prev).hash());
        assertThat(LedgerEntry.create(1, "b", "t", "c", false, List.of("x,y"), t, prev).hash())
                .isNotEqualTo(LedgerEntry.create(1, "b", "t", "c", false, List.of("x", "y"), t, prev).hash());
        assertThat(LedgerEntry.create(1, "b", "t", "c", false, List.of(""), t, prev).hash())
                .isNotEqualTo(LedgerEntry.create(1, "b", "t", "c", false, List.of(), t, prev).hash());
    }

    @Test
    void theCanonicalInstantKeepsEveryNanosecondAndReadsBack() {
        Instant t = Instant.parse("2025-03-01T10:15:30.000000001Z");
        assertThat(LedgerHashing.formatInstant(t)).isEqualTo("2025-03-01T10:15:30.000000001Z");
        assertThat(LedgerHashing.parseInstant(LedgerHashing.formatInstant(t))).isEqualTo(t);
        assertThat(LedgerHashing.parseInstant("2025-03-01T10:15:30Z")).isEqualTo(Instant.parse("2025-03-01T10:15:30Z"));
    }

    @Test
    void textThatIsNotValidUnicodeIsRejectedRatherThanReplaced() {
        assertThatThrownBy(() -> LedgerEntry.create(1, "b", "\uD800", "yes", false, List.of(),
                Instant.EPOCH, LedgerHashing.genesisHash("b")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hashTextIsRecognised() {
        assertThat(LedgerHashing.isHashText(GENESIS)).isTrue();
        assertThat(LedgerHashing.isHashText(GENESIS.toUpperCase(Locale.ROOT))).isFalse();
        assertThat(LedgerHashing.isHashText("abc")).isFalse();
    }
}
