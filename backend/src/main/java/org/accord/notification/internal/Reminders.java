package org.accord.notification.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Which "closes in …" reminders are due for a deadline: a threshold is due once now is within it of the deadline,
 * the deadline has not passed, and the deadline was already watched before the threshold began (a period opened
 * 48 h before its deadline gets no "closes in 72 h" reminder). Framework-free.
 */
public final class Reminders {

    private Reminders() {
    }

    public static List<Duration> due(Instant watchedSince, Instant deadline, Instant now, List<Duration> thresholds) {
        if (!now.isBefore(deadline)) {
            return List.of();
        }
        return thresholds.stream().filter(t -> {
            Instant start = deadline.minus(t);
            return !now.isBefore(start) && watchedSince.isBefore(start);
        }).toList();
    }
}
