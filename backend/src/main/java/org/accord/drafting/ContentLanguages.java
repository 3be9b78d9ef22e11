package org.accord.drafting;

import org.accord.shared.InvalidInputException;

import java.util.List;
import java.util.Locale;

/**
 * The languages content (clauses, translations, comments) may be written in, as ISO 639-1 codes. The interface
 * languages are the same four; add a code here to accept content in another language.
 */
public final class ContentLanguages {

    public static final List<String> SUPPORTED = List.of("en", "fr", "es", "ar");

    private ContentLanguages() {
    }

    public static boolean isSupported(String code) {
        return code != null && SUPPORTED.contains(code.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The code in its canonical form ("AR " → "ar"); refuses anything else with a message that names what is accepted.
     * A regional tag ("fr-CA") is refused rather than silently cut: the clause text does not change with the region.
     */
    public static String require(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("drafting.language.required", String.join(", ", SUPPORTED));
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        if (!SUPPORTED.contains(c)) {
            throw new InvalidInputException("drafting.language.unknown", code.strip(), String.join(", ", SUPPORTED));
        }
        return c;
    }

    /** The primary language of a stored tag ("en-GB" → "en"), for comparing with a content language. */
    public static String primary(String tag) {
        if (tag == null) {
            return "";
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int dash = t.indexOf('-');
        return dash < 0 ? t : t.substring(0, dash);
    }
}
