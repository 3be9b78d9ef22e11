package org.accord.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.page.ExtendedClientDetails;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * A deadline or timestamp in UTC and in the reader's own time zone: the one saved on their account when there is one
 * (notification settings), else the browser's. The UTC text is written on the server (ISO date, 24-hour clock, so it
 * reads the same in every language); the local time, with its offset from UTC, is formatted in the UI's language. Both
 * parts are isolated left-to-right where needed so they keep their order inside Arabic text.
 */
final class LocalAndUtc {

    /** {@code ComponentUtil} data key on the UI: the signed-in account's saved time zone (IANA id), set as the UI starts. */
    static final String ACCOUNT_ZONE = LocalAndUtc.class.getName() + ".accountZone";
    private static final String JS_FORMAT = "const o = {year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit',"
            + " minute: '2-digit', timeZoneName: 'shortOffset'}; if ($z) { o.timeZone = $z; }"
            + " const f = d => new Date(d).toLocaleString($l, o);";

    private LocalAndUtc() {
    }

    /** The account's saved zone, if any and valid. */
    static ZoneId accountZone() {
        UI ui = UI.getCurrent();
        if (ui != null && ComponentUtil.getData(ui, ACCOUNT_ZONE) instanceof String id) {
            try {
                return ZoneId.of(id);
            } catch (DateTimeException unknown) {
                return null;
            }
        }
        return null;
    }

    /** The reader's zone: the account's, else the browser's; null when neither is known. */
    static ZoneId zone() {
        ZoneId account = accountZone();
        if (account != null) {
            return account;
        }
        UI ui = UI.getCurrent();
        try {
            ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
            return details == null || details.getTimeZoneId() == null ? null : ZoneId.of(details.getTimeZoneId());
        } catch (DateTimeException | IllegalStateException unknown) {
            return null;
        }
    }

    /**
     * "1 Dec 2026, 15:30 +05:30 (2026-12-01 10:00 UTC)" as plain text, for dialogs, helpers and labels; only the UTC
     * part when the reader's zone is unknown or is UTC itself.
     */
    static String text(Instant at) {
        if (at == null) {
            return "";
        }
        String utc = "\u2066" + UiText.utc(at) + "\u2069";
        ZoneId zone = zone();
        if (zone == null || zone.getRules().getOffset(at).equals(ZoneOffset.UTC)) {
            return utc;
        }
        UI ui = UI.getCurrent();
        Locale language = AccordI18n.supported(ui == null ? null : ui.getLocale());
        String local = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language)
                .withZone(zone).format(at);
        String offset = DateTimeFormatter.ofPattern("xxx").withZone(zone).format(at);
        return local + " \u2066" + offset + "\u2069 (" + utc + ")";
    }

    /** The page language as a BCP 47 tag for the browser's {@code toLocaleString}. */
    static String languageTag() {
        UI ui = UI.getCurrent();
        Locale l = ui == null ? AccordI18n.ENGLISH : AccordI18n.supported(ui.getLocale());
        return l.toLanguageTag();
    }

    /** "2026-05-01 23:59 UTC (your time: 2 May 2026, 01:59)". */
    static Span moment(Instant at) {
        if (at == null) {
            return new Span();
        }
        Span local = new Span();
        local.addClassName("local-time");
        local.getElement().executeJs(js("$1", "$3") + " this.textContent = ' (' + $2.replace('@0', f($0)) + ')'",
                at.toString(), languageTag(), UiText.t("balloting.local-time", "@0"), zoneId());
        Span s = new Span(utc(at), local);
        s.addClassName("moment");
        return s;
    }

    /** "A UTC to B UTC (your time: a to b)": a window such as a ballot's, with the times of both ends. */
    static Span window(Instant from, Instant to) {
        Span local = new Span();
        local.addClassName("local-time");
        local.getElement().executeJs(js("$2", "$4") + " this.textContent = ' (' + $3.replace('@0', f($0)).replace('@1', f($1)) + ')'",
                from.toString(), to.toString(), languageTag(), UiText.t("balloting.window.your-time", "@0", "@1"), zoneId());
        Span s = new Span(utc(from), new Span(" " + UiText.t("balloting.window.to") + " "), utc(to), local);
        s.addClassName("moment");
        return s;
    }

    /** The browser-side formatter {@code f}: in the account's zone when saved (else the browser's), with the offset. */
    private static String js(String language, String zone) {
        return JS_FORMAT.replace("$l", language).replace("$z", zone);
    }

    private static String zoneId() {
        ZoneId z = accountZone();
        return z == null ? "" : z.getId();
    }

    /** UTC text kept left-to-right inside right-to-left text. */
    static Span utc(Instant at) {
        Span s = new Span(UiText.utc(at));
        s.getElement().setAttribute("dir", "ltr");
        return s;
    }
}
