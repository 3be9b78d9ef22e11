package org.accord.notification.internal;

import org.accord.notification.NotificationTopic;

import java.text.MessageFormat;
import java.time.*;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notification texts in a person's language (en, fr, es, ar; anything else English), from
 * {@code notifications/messages*.properties}: MessageFormat patterns with named placeholders. Parameters ending in
 * {@code At} are instants shown in the reader's time zone and in UTC; resolutions, outcomes and support marks are
 * translated. Framework-free.
 */
public final class MessageTexts {

    public static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar");
    private static final Pattern NAMED = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private MessageTexts() {
    }

    public static Locale locale(String language) {
        return language != null && LANGUAGES.contains(language) ? Locale.of(language) : Locale.ENGLISH;
    }

    public static ZoneId zone(String timeZone) {
        try {
            return timeZone == null || timeZone.isBlank() ? ZoneOffset.UTC : ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("notifications/messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String subject(NotificationTopic topic, Map<String, String> params, Locale locale, ZoneId zone) {
        return text("topic." + topic.name() + ".subject", params, locale, zone);
    }

    public static String body(NotificationTopic topic, Map<String, String> params, Locale locale, ZoneId zone) {
        return text("topic." + topic.name() + ".body", params, locale, zone);
    }

    /** A text by key with named parameters, e.g. {@code text("email.hello", Map.of("name", "Ana"), …)}. */
    public static String text(String key, Map<String, String> params, Locale locale, ZoneId zone) {
        ResourceBundle b = bundle(locale);
        String pattern = b.getString(key);
        List<String> values = new ArrayList<>();
        Matcher m = NAMED.matcher(pattern);
        StringBuilder indexed = new StringBuilder();
        while (m.find()) {
            values.add(value(m.group(1), params.get(m.group(1)), b, locale, zone));
            m.appendReplacement(indexed, "{" + (values.size() - 1) + "}");
        }
        m.appendTail(indexed);
        return new MessageFormat(indexed.toString(), locale).format(values.toArray());
    }

    /** An instant as the reader's local time (with the zone) and UTC, e.g. "27 Nov 2026, 17:00 (Europe/Paris), 2026-11-27 16:00 UTC". */
    public static String deadline(Instant at, Locale locale, ZoneId zone) {
        String utc = UTC.format(at.atZone(ZoneOffset.UTC));
        if (zone.normalized().equals(ZoneOffset.UTC)) {
            return utc + " UTC";
        }
        String local = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(at.atZone(zone));
        return new MessageFormat(bundle(locale).getString("deadline.local").replace("{local}", "{0}")
                .replace("{zone}", "{1}").replace("{utc}", "{2}"), locale).format(new Object[]{local, zone.getId(), utc});
    }

    private static String value(String name, String raw, ResourceBundle b, Locale locale, ZoneId zone) {
        if (raw == null) {
            return "";
        }
        try {
            if (name.endsWith("At")) {
                return deadline(Instant.parse(raw), locale, zone);
            }
            if (name.equals("resolution") || name.equals("outcome")) {
                String key = name + "." + raw;
                return b.containsKey(key) ? b.getString(key) : raw;
            }
            if (name.equals("supports")) {
                return b.getString("support." + raw);
            }
        } catch (DateTimeException | MissingResourceException e) {
            return raw;
        }
        return raw;
    }
}
