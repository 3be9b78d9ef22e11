package org.accord.notification;

import java.time.DayOfWeek;
import java.util.Map;
import java.util.Set;

/**
 * A person's notification settings.
 *
 * @param modes         per topic; a topic missing from the map keeps its {@link NotificationTopic#defaultMode()}
 * @param mandatory     topics the secretariat made mandatory for this person (read-only: ignored on update); their
 *                      email goes out even when set to OFF or when email is unsubscribed
 * @param rhythm        digest rhythm
 * @param digestHour    local hour (0–23) in {@code timeZone} at which the digest goes out
 * @param digestDay     day of a WEEKLY digest
 * @param emailEnabled  false after "unsubscribe from all email" (in-app notifications continue)
 * @param timeZone      IANA id such as {@code Europe/Paris}; deadlines in messages show this local time and UTC
 * @param language      ISO 639-1 language of emails (read-only here: the account's interface language, else "en")
 * @param email         the address emails go to (read-only here), null when the account has none
 * @param emailSuspended true when mail to {@code email} stopped after repeated hard bounces (until the address changes)
 */
public record NotificationPreferences(Map<NotificationTopic, EmailMode> modes, Set<NotificationTopic> mandatory,
                                      DigestRhythm rhythm, int digestHour, DayOfWeek digestDay, boolean emailEnabled,
                                      String timeZone, String language, String email, boolean emailSuspended) {

    /** The chosen mode of one topic (before mandatory topics are applied). */
    public EmailMode modeOf(NotificationTopic topic) {
        return modes == null ? topic.defaultMode() : modes.getOrDefault(topic, topic.defaultMode());
    }
}
