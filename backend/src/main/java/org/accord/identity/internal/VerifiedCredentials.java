package org.accord.identity.internal;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a few minutes, that a user name and password matched a stored bcrypt hash, so
 * stateless API clients sending Basic credentials on every request do not pay a bcrypt check
 * each time. Only an HMAC (with a key that never leaves this process) of name, password and the
 * stored hash is kept; changing the password changes the stored hash and so misses the cache.
 */
public final class VerifiedCredentials {

    private record Entry(byte[] mac, Instant expires) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;

    public VerifiedCredentials(Duration ttl, int maxEntries, Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    public boolean isVerified(String username, String password, String storedHash) {
        Entry e = entries.get(username);
        if (e == null) {
            return false;
        }
        if (e.expires().isBefore(clock.instant())) {
            entries.remove(username, e);
            return false;
        }
        return MessageDigest.isEqual(e.mac(), mac(username, password, storedHash));
    }

    public void remember(String username, String password, String storedHash) {
        if (entries.size() >= maxEntries) {
            Instant now = clock.instant();
            entries.values().removeIf(e -> e.expires().isBefore(now));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(username, new Entry(mac(username, password, storedHash), clock.instant().plus(ttl)));
    }

    public void forget(String username) {
        entries.remove(username);
    }

    private byte[] mac(String username, String password, String storedHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(password.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
