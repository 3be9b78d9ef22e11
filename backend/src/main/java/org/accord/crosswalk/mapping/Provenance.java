package org.accord.crosswalk.mapping;

import org.accord.shared.InvalidValueException;

import java.util.Locale;

/** Who made a mapping (OSCAL provenance method): a person, a machine, or a machine checked by a person. */
public enum Provenance {
    HUMAN, AUTOMATION, HYBRID;

    public static Provenance parse(String text) {
        if (text == null || text.isBlank()) {
            return HUMAN;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("crosswalk.provenance.unknown", text.trim());
        }
    }

    public String oscal() {
        return name().toLowerCase(Locale.ROOT);
    }
}
