package org.accord.crosswalk.mapping;

import org.accord.shared.InvalidValueException;

import java.util.Locale;

/** Where a mapping stands in review: only approved mappings are published as the group's position. */
public enum ReviewStatus {
    DRAFT, REVIEWED, APPROVED;

    public static ReviewStatus parse(String text) {
        if (text == null || text.isBlank()) {
            return DRAFT;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("crosswalk.review-status.unknown", text.trim());
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
