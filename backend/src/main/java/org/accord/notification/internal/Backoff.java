package org.accord.notification.internal;

import java.time.Duration;
import java.util.Optional;

/**
 * When to try again after a failed attempt: 30 s, 1 min, 2 min, … doubling up to 6 h between tries; after
 * {@link #MAX_ATTEMPTS} failures it gives up (an SMTP server down for about two days). Framework-free.
 */
public final class Backoff {

    public static final int MAX_ATTEMPTS = 16;
    static final Duration FIRST = Duration.ofSeconds(30);
    static final Duration LONGEST = Duration.ofHours(6);

    private final Duration first;
    private final Duration longest;

    public Backoff(Duration first, Duration longest) {
        this.first = first;
        this.longest = longest;
    }

    public static Backoff standard() {
        return new Backoff(FIRST, LONGEST);
    }

    /** The pause after the {@code attempts}-th failure (1-based), or empty when it is time to give up. */
    public Optional<Duration> after(int attempts) {
        if (attempts < 1) {
            return Optional.of(Duration.ZERO);
        }
        if (attempts >= MAX_ATTEMPTS) {
            return Optional.empty();
        }
        Duration d = first;
        for (int i = 1; i < attempts && d.compareTo(longest) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return Optional.of(d.compareTo(longest) > 0 ? longest : d);
    }
}
