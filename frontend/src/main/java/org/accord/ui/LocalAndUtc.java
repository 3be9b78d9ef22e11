package org.accord.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

import java.time.Instant;
import java.util.Locale;

/**
 * A deadline or timestamp in UTC and in the reader's own time zone. The UTC text is written on the server (ISO date,
 * 24-hour clock, so it reads the same in every language); the browser then adds the local time, formatted in the UI's
 * language. Both parts are isolated left-to-right where needed so they keep their order inside Arabic text.
 */
final class LocalAndUtc {

    private LocalAndUtc() {
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
        local.getElement().executeJs("const f = d => new Date(d).toLocaleString($1, {dateStyle: 'medium', timeStyle: 'short'});"
                        + " this.textContent = ' (' + $2.replace('@0', f($0)) + ')'",
                at.toString(), languageTag(), UiText.t("balloting.local-time", "@0"));
        Span s = new Span(utc(at), local);
        s.addClassName("moment");
        return s;
    }

    /** "A UTC to B UTC (your time: a to b)": a window such as a ballot's, with the times of both ends. */
    static Span window(Instant from, Instant to) {
        Span local = new Span();
        local.addClassName("local-time");
        local.getElement().executeJs("const f = d => new Date(d).toLocaleString($2, {dateStyle: 'medium', timeStyle: 'short'});"
                        + " this.textContent = ' (' + $3.replace('@0', f($0)).replace('@1', f($1)) + ')'",
                from.toString(), to.toString(), languageTag(), UiText.t("balloting.window.your-time", "@0", "@1"));
        Span s = new Span(utc(from), new Span(" " + UiText.t("balloting.window.to") + " "), utc(to), local);
        s.addClassName("moment");
        return s;
    }

    /** UTC text kept left-to-right inside right-to-left text. */
    static Span utc(Instant at) {
        Span s = new Span(UiText.utc(at));
        s.getElement().setAttribute("dir", "ltr");
        return s;
    }
}
