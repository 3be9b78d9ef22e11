package org.accord.balloting.ledger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * How a voter appears in the published log.
 *
 * <h2>Secret ballots</h2>
 * <pre>
 * token = lowercase hex HMAC-SHA256(key = ballotSecret,
 *                                   message = field("accord-ballot-voter-token/v1") || field(ballotId) || field(voterId))
 * </pre>
 * with {@code field} the length-prefixed UTF-8 encoding of {@link LedgerHashing}. The ballot secret is 32 random
 * bytes ({@link #newBallotSecret()}) created when the ballot opens, kept by the platform and never published.
 * <ul>
 *   <li><b>The published log does not say who voted how.</b> Without the secret, nobody can compute a voter's
 *       token, nor test a guessed voter id against a token (which a plain hash of the voter id would allow,
 *       voter ids being few and guessable).</li>
 *   <li><b>One vote per voter stays checkable.</b> The token is deterministic per (ballot, voter): every vote of
 *       one voter, including changed votes, carries the same token, the export lists each eligible voter's
 *       token once (with weight and chamber), and a verifier checks that every entry's token is on that list and
 *       counts only the last entry per token.</li>
 *   <li><b>A voter finds their own entry.</b> The receipt handed to the voter at casting time names the entry
 *       (position and hash); that entry shows the voter's token, so the voter can also check that no later entry
 *       under the same token replaced their vote. The platform can also show a logged-in voter their token.</li>
 *   <li><b>Tokens differ between ballots</b> because the ballot id is part of the message (and each ballot has its
 *       own secret), so one voter's votes cannot be linked across ballots.</li>
 * </ul>
 * Limits: whoever holds the ballot secret (the platform) can link tokens to voters; destroying the secret once the
 * ballot is closed and its result final removes that link too. Voter attributes published next to a token
 * (chamber, constituencies, weight) can single out a voter if the combination is unique.
 *
 * <h2>Open ballots</h2>
 * The token is the voter id itself ({@link #openToken}).
 */
public final class VoterTokens {

    /** Domain tag of the token HMAC input. */
    public static final String TOKEN_TAG = "accord-ballot-voter-token/v1";
    /** Minimum length of a ballot secret, in bytes. */
    public static final int MIN_SECRET_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private VoterTokens() {
    }

    /** A fresh random ballot secret of {@value #MIN_SECRET_BYTES} bytes. */
    public static byte[] newBallotSecret() {
        byte[] secret = new byte[MIN_SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** The voter's token in a secret ballot: 64 lowercase hex digits. */
    public static String secretToken(byte[] ballotSecret, String ballotId, String voterId) {
        Objects.requireNonNull(ballotSecret, "ballotSecret");
        Objects.requireNonNull(ballotId, "ballotId");
        Objects.requireNonNull(voterId, "voterId");
        if (ballotSecret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("ballot secret must have at least " + MIN_SECRET_BYTES + " bytes");
        }
        byte[] message = LedgerHashing.fields().add(TOKEN_TAG).add(ballotId).add(voterId).bytes();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(ballotSecret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /** The voter's token in an open ballot: the voter id. */
    public static String openToken(String voterId) {
        return Objects.requireNonNull(voterId, "voterId");
    }

    /** The token for a ballot that is secret or open; {@code ballotSecret} is ignored for open ballots. */
    public static String token(boolean secretBallot, byte[] ballotSecret, String ballotId, String voterId) {
        return secretBallot ? secretToken(ballotSecret, ballotId, voterId) : openToken(voterId);
    }
}
