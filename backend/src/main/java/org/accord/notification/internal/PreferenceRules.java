package org.accord.notification.internal;

import org.accord.notification.EmailMode;
import org.accord.notification.NotificationTopic;

import java.util.Map;
import java.util.Set;

/**
 * Who gets what for one topic. The chosen mode (default when none) decides in-app and email; a mandatory topic is
 * always in-app and at once by email, whatever was chosen (OFF, DIGEST or unsubscribed). Email needs a usable
 * address (present, not suspended after hard bounces) and a configured mail server. Framework-free.
 */
public final class PreferenceRules {

    public enum Email { NONE, IMMEDIATE, DIGEST }

    public record Decision(boolean inApp, Email email) {
    }

    private PreferenceRules() {
    }

    public static Decision decide(NotificationTopic topic, Map<NotificationTopic, EmailMode> chosen, boolean emailEnabled,
                                  Set<NotificationTopic> mandatory, boolean addressUsable) {
        if (mandatory.contains(topic)) {
            return new Decision(true, addressUsable ? Email.IMMEDIATE : Email.NONE);
        }
        EmailMode mode = chosen == null ? topic.defaultMode() : chosen.getOrDefault(topic, topic.defaultMode());
        if (mode == EmailMode.OFF) {
            return new Decision(false, Email.NONE);
        }
        if (!emailEnabled || !addressUsable) {
            return new Decision(true, Email.NONE);
        }
        return new Decision(true, mode == EmailMode.DIGEST ? Email.DIGEST : Email.IMMEDIATE);
    }
}
