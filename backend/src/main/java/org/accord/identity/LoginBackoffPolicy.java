package org.accord.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a user name is locked after repeated failed sign-ins: the first {@code freeAttempts}
 * failures cost nothing, then each further failure doubles the wait, up to {@code maxLock}.
 * Applied to unknown user names too, so the lock itself reveals nothing.
 */
public record LoginBackoffPolicy(int freeAttempts, Duration firstLock, Duration maxLock) {

    public static final LoginBackoffPolicy DEFAULT = new LoginBackoffPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(15));

    public LoginBackoffPolicy {
        if (freeAttempts < 1 || firstLock.isNegative() || firstLock.isZero() || maxLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("Invalid login backoff policy");
        }
    }

    /** The lock that follows the {@code failures}-th consecutive failure, or zero. */
    public Duration lockAfter(int failures) {
        if (failures < freeAttempts) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeAttempts, 20);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }

    public Instant lockedUntil(Instant lastFailure, int failures) {
        return lastFailure.plus(lockAfter(failures));
    }
}
