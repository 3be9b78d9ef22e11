package org.accord.shared.hashing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The byte form hash chains are computed over (the ballot ledger, the audit log): every field is a string written
 * as {@code len(4 bytes, unsigned big-endian) || UTF-8 bytes}, so no separator or escaping is needed and no two
 * different field lists share the same bytes. Strings are taken exactly as given; text that is not valid Unicode
 * (unpaired surrogates) is rejected rather than silently replaced.
 */
public final class CanonicalFields {

    private static final HexFormat HEX = HexFormat.of();
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    /** Appends one length-prefixed field. */
    public CanonicalFields add(String s) {
        ByteBuffer encoded;
        try {
            encoded = utf8.reset().encode(CharBuffer.wrap(s));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not valid Unicode text (unpaired surrogate): " + s, e);
        }
        int n = encoded.remaining();
        out.write(n >>> 24);
        out.write(n >>> 16);
        out.write(n >>> 8);
        out.write(n);
        out.write(encoded.array(), encoded.arrayOffset() + encoded.position(), n);
        return this;
    }

    public byte[] bytes() {
        return out.toByteArray();
    }

    /** Lowercase hex SHA-256 of the fields written so far: 64 characters. */
    public String sha256Hex() {
        return hex(sha256().digest(bytes()));
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    /** ISO-8601 in UTC with exactly nine fractional digits and a literal {@code Z}, e.g. {@code 2025-03-01T10:15:30.123456000Z}. */
    public static String instant(Instant t) {
        return INSTANT.format(t);
    }

    /** Whether a text is a well-formed hash: 64 lowercase hex digits. */
    public static boolean isHashText(String s) {
        if (s == null || s.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }
}
