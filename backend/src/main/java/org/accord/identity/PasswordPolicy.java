package org.accord.identity;

import org.accord.shared.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Rules for a password a person chooses (OWASP ASVS 2.1): long enough, at most 64 characters and 72 UTF-8 bytes
 * (bcrypt ignores anything beyond), not a well-known password or one with digits and symbols stuck on, not the
 * user name, not one character repeated. No composition rules: length beats them (ASVS 2.1.9).
 */
public final class PasswordPolicy {

    public static final int DEFAULT_MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;

    private static final Set<String> COMMON = load();

    private final int minLength;

    public PasswordPolicy(int minLength) {
        if (minLength < 8 || minLength > MAX_LENGTH) {
            throw new IllegalArgumentException("A minimum password length must be 8 to " + MAX_LENGTH);
        }
        this.minLength = minLength;
    }

    /** Refuses with a message that says what to change. */
    public void check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            throw new InvalidInputException("identity.password.too-short", minLength);
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw new InvalidInputException("identity.password.too-long", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String letters = lower.replaceAll("[^\\p{L}]", "");
        if (COMMON.contains(lower) || COMMON.contains(letters) || lower.replaceAll("[^\\p{L}\\p{N}]", "").chars().distinct().count() <= 2) {
            throw new InvalidInputException("identity.password.common");
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("identity.password.contains-username");
        }
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("identity/common-passwords.txt is missing");
            }
            Set<String> words = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String w = line.strip().toLowerCase(Locale.ROOT);
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w);
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
