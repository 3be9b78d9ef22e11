package org.accord.crosswalk.mapping;

import java.util.Locale;

/** Why a mapping holds: word for word, in meaning, or in effect (the strictest provable one). */
public enum Rationale {
    SYNTACTIC, SEMANTIC, FUNCTIONAL;

    public static Rationale parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A mapping needs a rationale: syntactic, semantic or functional");
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown rationale '" + text.trim()
                    + "': use syntactic, semantic or functional");
        }
    }

    public String oscal() {
        return name().toLowerCase(Locale.ROOT);
    }
}
