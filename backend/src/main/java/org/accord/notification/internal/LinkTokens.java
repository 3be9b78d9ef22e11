package org.accord.notification.internal;

import org.accord.shared.LocalisedMessage;
import org.accord.shared.Problem;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Signed links that act for one person without sign-in: {@code base64url(userId.purpose.expiryEpochSeconds)} "."
 * {@code base64url(HMAC-SHA256(key, that))}. A changed byte, another purpose or a passed expiry is refused.
 * Framework-free.
 */
public final class LinkTokens {

    /** Why a token was refused, in words a person can act on (a key in {@code i18n/problems.properties}). */
    public static final class Refused extends RuntimeException implements LocalisedMessage {
        private final transient Problem problem;

        public Refused(String key) {
            super(Problem.of(key).english());
            this.problem = Problem.of(key);
        }

        @Override
        public Problem problem() {
            return problem;
        }
    }

    public record Claims(UUID userId, String purpose, Instant expires) {
    }

    private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DEC = Base64.getUrlDecoder();
    private final byte[] key;

    public LinkTokens(byte[] key) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("The link-signing key needs at least 16 bytes");
        }
        this.key = key.clone();
    }

    public String sign(UUID userId, String purpose, Instant expires) {
        if (!purpose.matches("[a-z-]{1,32}")) {
            throw new IllegalArgumentException("purpose: lower-case letters and '-'");
        }
        String body = userId + "." + purpose + "." + expires.getEpochSecond();
        return ENC.encodeToString(body.getBytes(StandardCharsets.US_ASCII)) + "." + ENC.encodeToString(mac(body));
    }

    /** The person the token names, if it is intact, for this purpose and not expired at {@code now}. */
    public Claims verify(String token, String purpose, Instant now) {
        if (token == null || token.isBlank() || token.length() > 400) {
            throw new Refused("notification.link.incomplete");
        }
        int dot = token.indexOf('.');
        String body;
        try {
            if (dot <= 0) {
                throw new IllegalArgumentException();
            }
            body = new String(DEC.decode(token.substring(0, dot)), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw new Refused("notification.link.damaged");
        }
        // compared as text: the decoder ignores the spare bits of the last character, so any change must count
        byte[] expected = ENC.encodeToString(mac(body)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            throw new Refused("notification.link.forged");
        }
        String[] parts = body.split("\\.");
        if (parts.length != 3 || !parts[1].equals(purpose)) {
            throw new Refused("notification.link.wrong-purpose");
        }
        Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[2]));
        if (!now.isBefore(expires)) {
            throw new Refused("notification.link.expired");
        }
        return new Claims(UUID.fromString(parts[0]), parts[1], expires);
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
