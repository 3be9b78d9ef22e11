package org.accord.crosswalk.mapping;

import org.accord.shared.InvalidValueException;

import java.util.Locale;

/** Why a mapping holds: word for word, in meaning, or in effect (the strictest provable one). */
public enum Rationale {
    SYNTACTIC, SEMANTIC, FUNCTIONAL;

    public static Rationale parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("crosswalk.rationale.required");
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("crosswalk.rationale.unknown", text.trim());
        }
    }

    public String oscal() {
        return name().toLowerCase(Locale.ROOT);
    }
}
