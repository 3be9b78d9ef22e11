package org.accord.ui;

import com.vaadin.flow.component.UI;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * A moment as the reader lives it and as the record keeps it: in the browser's time zone, formatted for the page's
 * language, followed by UTC ("3 nov. 2026, 15:00 (2026-11-03 14:00 UTC)"). The zone is the account's saved one, else
 * the browser's ({@link LocalAndUtc#zone()}); when it is unknown or is UTC itself, only the UTC form is shown.
 */
final class Timestamps {

    private Timestamps() {
    }

    static String localAndUtc(Instant instant) {
        if (instant == null) {
            return "";
        }
        String utc = UiText.utc(instant);
        UI ui = UI.getCurrent();
        ZoneId zone = ui == null ? null : zone(ui);
        if (zone == null || zone.getRules().getOffset(instant).equals(ZoneOffset.UTC)) {
            return utc;
        }
        DateTimeFormatter local = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(AccordI18n.supported(ui.getLocale())).withZone(zone);
        return local.format(instant) + " (" + utc + ")";
    }

    private static ZoneId zone(UI ui) {
        return LocalAndUtc.zone();
    }
}
