package org.accord.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every UI string, from resource bundles under {@code i18n/}, one family per area so that areas can be translated
 * separately: {@code i18n/common.properties} (English), {@code i18n/common_fr.properties} and so on. A key missing in a
 * language (or blank in it) falls back to English, visibly English rather than blank; {@code I18nBundlesTest} fails the
 * build when a bundle lacks a key, so the fallback is for translations in progress. A key with no text anywhere (a key
 * built at run time for a value added later) shows words made from the key ("Seat plan changed"), never the key, and
 * is logged once.
 */
@Component
public class AccordI18n implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"), Locale.forLanguageTag("ar"));
    /** Bundle families; each has the same keys in every language. */
    public static final List<String> AREAS = List.of("common", "drafting", "commenting", "balloting", "crosswalk",
            "publishing", "membership", "search", "participation", "audit", "notifications", "lite");

    private static final Logger log = LoggerFactory.getLogger(AccordI18n.class);
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ConcurrentHashMap<String, Boolean> warned = new ConcurrentHashMap<>();
    private final String basePath;
    private final List<String> areas;

    public AccordI18n() {
        this("i18n/", AREAS);
    }

    /** Bundles {@code basePath + area} (tests use their own). */
    AccordI18n(String basePath, List<String> areas) {
        this.basePath = basePath;
        this.areas = areas;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    /**
     * Every value is a {@link MessageFormat} pattern (so an apostrophe is written twice: {@code l''organisme}); numbers
     * and dates in parameters are formatted for the language.
     */
    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = supported(locale);
        String pattern = find(key, language);
        if (pattern == null) {
            if (warned.putIfAbsent(key, true) == null) {
                log.warn("No text for UI key '{}' in any bundle; showing '{}'", key, fallback(key));
            }
            return fallback(key);
        }
        return new MessageFormat(pattern, language).format(params == null ? new Object[0] : params);
    }

    /** The supported language closest to a requested locale ("fr-CA" → French); English otherwise. */
    public static Locale supported(Locale requested) {
        if (requested == null) {
            return ENGLISH;
        }
        return LOCALES.stream().filter(l -> l.getLanguage().equals(requested.getLanguage())).findFirst().orElse(ENGLISH);
    }

    public static boolean rightToLeft(Locale locale) {
        return "ar".equals(supported(locale).getLanguage());
    }

    /**
     * Words made from a key nobody wrote text for: its last part, dashes and underscores as spaces, the first letter
     * capital ("audit.kind.SEAT_PLAN_CHANGED" → "Seat plan changed").
     */
    static String fallback(String key) {
        if (key == null || key.isBlank()) {
            return "?";
        }
        String last = key.substring(key.lastIndexOf('.') + 1);
        String words = (last.isBlank() ? key : last).replaceAll("[-_]+", " ").strip().toLowerCase(Locale.ROOT);
        return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * The language's bundle, whose parent is the English base bundle: a key it lacks is read from English, and so is
     * one it has left blank.
     */
    private String find(String key, Locale language) {
        for (String area : areas) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(basePath + area, language, NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    String text = bundle.getString(key);
                    if (text.isBlank()) {
                        ResourceBundle english = ResourceBundle.getBundle(basePath + area, Locale.ROOT, NO_FALLBACK);
                        text = english.containsKey(key) ? english.getString(key) : text;
                    }
                    if (!text.isBlank()) {
                        return text;
                    }
                }
            } catch (MissingResourceException noBundle) {
                // this area has no bundle yet
            }
        }
        return null;
    }
}
