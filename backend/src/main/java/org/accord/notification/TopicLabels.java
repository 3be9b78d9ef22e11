package org.accord.notification;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A topic's name for people ("A disposition on my comment"), for settings pages: {@code topic.<NAME>.label} of the
 * notification texts ({@code notifications/messages*.properties}), so the UI keeps no second copy of them.
 */
public final class TopicLabels {

    private TopicLabels() {
    }

    /** The label in {@code locale} (English when that language lacks it); the topic's name when no bundle has it. */
    public static String label(NotificationTopic topic, Locale locale) {
        String key = "topic." + topic.name() + ".label";
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("notifications/messages",
                    locale == null ? Locale.ENGLISH : Locale.of(locale.getLanguage()),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            // Values are MessageFormat patterns: '' stands for one apostrophe.
            return bundle.containsKey(key) ? bundle.getString(key).replace("''", "'") : topic.name();
        } catch (MissingResourceException noBundle) {
            return topic.name();
        }
    }
}
