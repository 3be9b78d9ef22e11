package org.accord.balloting.ledger;

import org.accord.shared.hashing.CanonicalFields;

import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical byte form of a ledger entry, its SHA-256 hash and the genesis value of a ballot's chain.
 * This class is the specification an independent verifier has to reproduce; it is written so that it can be
 * re-implemented in any language from this comment alone.
 *
 * <h2>Field encoding</h2>
 * Every field is a string, encoded as {@code len(4 bytes, unsigned big-endian) || UTF-8 bytes}. Because every
 * field carries its own length, no separator or escaping is needed and no two different entries share the
 * same bytes. Strings are hashed exactly as given (no Unicode normalisation, no trimming); strings that are
 * not valid Unicode (unpaired surrogates) are rejected rather than silently replaced.
 *
 * <h2>Entry</h2>
 * <pre>
 * canonical(entry) = field("accord-ballot-ledger-entry/v1")
 *                 || field(decimal(position))          -- Long.toString, ASCII digits, no leading zeros
 *                 || field(ballotId)
 *                 || field(voterToken)
 *                 || field(choice)
 *                 || field(reasoned ? "true" : "false")
 *                 || field(decimal(commentRefs.size())) || field(ref_1) || ... || field(ref_n)
 *                 || field(instant(castAt))
 *                 || field(previousHash)
 * hash(entry)      = lowercase hex of SHA-256(canonical(entry))   -- 64 characters
 * </pre>
 * {@code instant(t)} is ISO-8601 in UTC with exactly nine fractional digits and a literal {@code Z}, e.g.
 * {@code 2025-03-01T10:15:30.123456000Z}; it does not depend on the JVM's locale or time zone, and it is the
 * very string written to the export file, so a verifier can hash the JSON value as it stands.
 *
 * <h2>Genesis</h2>
 * The first entry of a ballot's chain has {@code previousHash = genesis(ballotId)} with
 * <pre>
 * genesis(ballotId) = lowercase hex of SHA-256(field("accord-ballot-ledger-genesis/v1") || field(ballotId))
 * </pre>
 * so a chain cannot be moved to another ballot, and an empty ballot's head hash is well defined.
 */
public final class LedgerHashing {

    /** Domain tag of the entry hash; a new canonical form gets a new tag. */
    public static final String ENTRY_TAG = "accord-ballot-ledger-entry/v1";
    /** Domain tag of the genesis value. */
    public static final String GENESIS_TAG = "accord-ballot-ledger-genesis/v1";

    private static final HexFormat HEX = HexFormat.of();

    private LedgerHashing() {
    }

    /** The genesis value: {@code previousHash} of position 1 of the given ballot. */
    public static String genesisHash(String ballotId) {
        CanonicalFields f = new CanonicalFields();
        f.add(GENESIS_TAG).add(requireText(ballotId, "ballotId"));
        return HEX.formatHex(sha256().digest(f.bytes()));
    }

    /** The canonical bytes of an entry: all fields except {@code hash}, including {@code previousHash}. */
    public static byte[] canonicalBytes(long position, String ballotId, String voterToken, String choice,
                                        boolean reasoned, List<String> commentRefs, Instant castAt,
                                        String previousHash) {
        CanonicalFields f = new CanonicalFields();
        f.add(ENTRY_TAG)
                .add(Long.toString(position))
                .add(requireText(ballotId, "ballotId"))
                .add(requireText(voterToken, "voterToken"))
                .add(requireText(choice, "choice"))
                .add(reasoned ? "true" : "false")
                .add(Integer.toString(commentRefs.size()));
        for (String ref : commentRefs) {
            f.add(requireText(ref, "commentRef"));
        }
        f.add(formatInstant(castAt)).add(requireText(previousHash, "previousHash"));
        return f.bytes();
    }

    /** The canonical bytes of an entry (its {@code hash} field is ignored). */
    public static byte[] canonicalBytes(LedgerEntry e) {
        return canonicalBytes(e.position(), e.ballotId(), e.voterToken(), e.choice(), e.reasoned(),
                e.commentRefs(), e.castAt(), e.previousHash());
    }

    /** Lowercase hex SHA-256 of the entry's canonical bytes: what its {@code hash} field must be. */
    public static String hashOf(LedgerEntry e) {
        return hashOf(e, sha256());
    }

    static String hashOf(LedgerEntry e, MessageDigest sha256) {
        return HEX.formatHex(sha256.digest(canonicalBytes(e)));
    }

    /** The canonical text of an instant: ISO-8601 UTC, nine fractional digits, e.g. {@code 2025-03-01T10:15:30.000000000Z}. */
    public static String formatInstant(Instant t) {
        if (t == null) {
            throw new IllegalArgumentException("castAt is missing");
        }
        return CanonicalFields.instant(t);
    }

    /** Parses any ISO-8601 UTC instant ({@code Z} suffix, 0-9 fractional digits), including the canonical text. */
    public static Instant parseInstant(String text) throws DateTimeParseException {
        return Instant.parse(text);
    }

    /** Whether a text is a well-formed hash: 64 lowercase hex digits. */
    public static boolean isHashText(String s) {
        return CanonicalFields.isHashText(s);
    }

    static MessageDigest sha256() {
        return CanonicalFields.sha256();
    }

    private static String requireText(String s, String what) {
        if (s == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return s;
    }

    /** The shared length-prefixed field writer; also used for the voter-token HMAC input. */
    static CanonicalFields fields() {
        return new CanonicalFields();
    }
}
