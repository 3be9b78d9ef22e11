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
 * language falls back to English, visibly English rather than blank; {@code I18nBundlesTest} fails the build when a
 * bundle lacks a key, so the fallback is for translations in progress, not for production.
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
                log.warn("No text for UI key '{}' in any bundle", key);
            }
            return key;
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

    /** The language's bundle, whose parent is the English base bundle: a key it lacks is read from English. */
    private static String find(String key, Locale language) {
        for (String area : AREAS) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle("i18n/" + area, language, NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    return bundle.getString(key);
                }
            } catch (MissingResourceException noBundle) {
                // this area has no bundle yet
            }
        }
        return null;
    }
}
