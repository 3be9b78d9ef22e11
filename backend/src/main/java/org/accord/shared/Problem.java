package org.accord.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A message a person may read: a key in {@code i18n/problems*.properties} and its {@link MessageFormat} arguments.
 * User data (names, clause numbers, file names) travels as arguments, so translators never see it in a key.
 */
public record Problem(String key, List<Object> args) {

    /** The languages the problems bundles are written in; any other language reads English. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"),
            Locale.forLanguageTag("ar"));
    public static final String BUNDLE = "i18n/problems";

    private static final Logger log = LoggerFactory.getLogger(Problem.class);
    // Not the JVM's default locale: a key missing in French must fall back to the English base bundle.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    // First strong isolate … pop directional isolate: keeps Latin identifiers in order inside Arabic sentences.
    private static final char FSI = '\u2068';
    private static final char PDI = '\u2069';

    public Problem {
        args = Collections.unmodifiableList(new ArrayList<>(args == null ? List.of() : args));
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, args == null ? List.of() : Arrays.asList(args));
    }

    /** The English text: what logs, tests and the REST API (by default) see. */
    public String english() {
        return message(Locale.ENGLISH);
    }

    /** The text in the reader's language (English when the language has no bundle or lacks this key). */
    public String message(Locale requested) {
        return message(BUNDLE, requested);
    }

    /** As {@link #message(Locale)}, from another bundle family (tests use one with gaps). */
    String message(String bundle, Locale requested) {
        Locale language = supported(requested);
        String pattern = pattern(bundle, key, language);
        if (pattern == null && !language.equals(Locale.ENGLISH)) {
            language = Locale.ENGLISH; // visibly English rather than blank
            pattern = pattern(bundle, key, language);
        }
        if (pattern == null) {
            log.warn("No text for problem key '{}'", key);
            pattern = pattern(BUNDLE, "shared.unexplained", Locale.ENGLISH);
            return new MessageFormat(pattern == null ? "{0}" : pattern, Locale.ENGLISH).format(new Object[] {key});
        }
        MessageFormat format = new MessageFormat(pattern, language);
        java.text.Format[] formats = format.getFormatsByArgumentIndex();
        Object[] formatted = new Object[args.size()];
        boolean rtl = "ar".equals(language.getLanguage());
        for (int i = 0; i < formatted.length; i++) {
            Object arg = args.get(i);
            // A plain {0} shows a whole number as written (line 1234, seed 4242); {0,number} groups its digits.
            boolean plain = i >= formats.length || formats[i] == null;
            formatted[i] = plain && (arg instanceof Integer || arg instanceof Long)
                    ? String.valueOf(arg) : argument(arg, language, rtl);
        }
        return format.format(formatted);
    }

    /** The single item of a list as the headline (its words as given if it is not a problem), else the summary. */
    public static Problem oneOrSummary(List<?> items, Problem summary) {
        if (items.size() != 1) {
            return summary;
        }
        return items.getFirst() instanceof Problem only ? only : of("shared.as-given", String.valueOf(items.getFirst()));
    }

    @Override
    public String toString() {
        return english();
    }

    /** The supported language closest to a requested locale ("fr-CA" → French); English otherwise. */
    public static Locale supported(Locale requested) {
        if (requested == null) {
            return Locale.ENGLISH;
        }
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(requested.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }

    /** The pattern for a key in a language, read from English when the language lacks it; null if no bundle has it. */
    static String pattern(String bundleName, String key, Locale language) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(bundleName, language, Problem.class.getClassLoader(), NO_FALLBACK);
            String pattern = bundle.containsKey(key) ? bundle.getString(key) : null;
            return pattern == null || pattern.isBlank() ? null : pattern;
        } catch (MissingResourceException noBundle) {
            return null;
        }
    }

    private static Object argument(Object arg, Locale language, boolean rtl) {
        Object value = switch (arg) {
            case Problem nested -> nested.message(language); // nested keys come from the main bundle
            case LocalisedMessage nested -> nested.message(language);
            case Throwable other -> String.valueOf(other.getMessage()); // words from elsewhere, as given
            // A language as argument is named in the reader's language ("espagnol", "الإسبانية").
            case Locale l -> l.getDisplayLanguage(language);
            case null -> "";
            default -> arg;
        };
        if (rtl && value instanceof CharSequence s && !(arg instanceof Locale) && !s.isEmpty()) {
            return FSI + s.toString() + PDI;
        }
        return value;
    }
}
