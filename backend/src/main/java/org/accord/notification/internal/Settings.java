package org.accord.notification.internal;

import org.accord.notification.DigestRhythm;
import org.accord.notification.EmailMode;
import org.accord.notification.NotificationTopic;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** One person's stored settings (defaults when they never saved any). */
public record Settings(DigestRhythm rhythm, int digestHour, DayOfWeek digestDay, boolean emailEnabled,
                       Map<NotificationTopic, EmailMode> modes, Instant lastDigestSlot) {

    public static Settings defaults() {
        return new Settings(DigestRhythm.DAILY, 8, DayOfWeek.MONDAY, true, new EnumMap<>(NotificationTopic.class), null);
    }
}
