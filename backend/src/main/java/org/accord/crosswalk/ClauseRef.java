package org.accord.crosswalk;

import java.util.UUID;

/** A clause as the crosswalk shows it: "6.2 Risk identification". */
public record ClauseRef(UUID id, String number, String title) {
    public String label() {
        return title == null || title.isBlank() ? number : number + " " + title;
    }
}
