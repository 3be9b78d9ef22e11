package org.accord.ui;

import org.accord.shared.security.WorkingGroupRole;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Small shared wording for the views. */
final class UiText {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private UiText() {
    }

    static String role(WorkingGroupRole role) {
        return switch (role) {
            case CONVENOR -> "Convenor";
            case CO_CONVENOR -> "Co-convenor";
            case EDITOR -> "Editor";
            case DELEGATE -> "Delegate";
            case COMMENTER -> "Commenter";
            case OBSERVER -> "Observer";
        };
    }

    static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }
}
