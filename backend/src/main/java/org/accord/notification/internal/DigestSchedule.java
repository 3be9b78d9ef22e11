package org.accord.notification.internal;

import org.accord.notification.DigestRhythm;

import java.time.*;
import java.time.temporal.TemporalAdjusters;

/**
 * When a person's digest goes out: at their chosen local hour, every day or on their chosen weekday, in their time
 * zone (daylight-saving gaps move the hour forward, as {@link ZonedDateTime} does). A digest is due when the latest
 * slot at or before now is later than the slot of the last digest sent; it carries everything waiting at that moment,
 * and the items it carried are marked in the same transaction, so nothing is in two digests. Framework-free.
 */
public final class DigestSchedule {

    private DigestSchedule() {
    }

    /** The latest scheduled digest moment at or before {@code now}. */
    public static Instant latestSlot(DigestRhythm rhythm, int hour, DayOfWeek day, ZoneId zone, Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime slot = local.toLocalDate().atTime(hour, 0).atZone(zone);
        if (rhythm == DigestRhythm.WEEKLY) {
            slot = local.toLocalDate().with(TemporalAdjusters.previousOrSame(day)).atTime(hour, 0).atZone(zone);
            if (slot.isAfter(local)) {
                slot = slot.toLocalDate().minusWeeks(1).atTime(hour, 0).atZone(zone);
            }
        } else if (slot.isAfter(local)) {
            slot = slot.toLocalDate().minusDays(1).atTime(hour, 0).atZone(zone);
        }
        return slot.toInstant();
    }

    /** Whether a digest should go out now, given the slot of the last one sent (null: never). */
    public static boolean due(DigestRhythm rhythm, int hour, DayOfWeek day, ZoneId zone, Instant lastSlot, Instant now) {
        Instant slot = latestSlot(rhythm, hour, day, zone, now);
        return lastSlot == null || slot.isAfter(lastSlot);
    }
}
