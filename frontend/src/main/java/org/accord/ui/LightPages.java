package org.accord.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.accord.drafting.ClauseText;
import org.accord.identity.IdentityService;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * What every light page shares: the person's language (saved on the account, else the browser's), their time zone
 * (saved on the account, else UTC), the page head with a few hundred bytes of inline CSS, the bar with the way to the
 * full version and sign-out, escaping. No script anywhere: the pages are served under the plain-HTML policy.
 */
@Component
class LightPages {

    private final IdentityService identity;
    private final AccordI18n i18n;

    LightPages(IdentityService identity, AccordI18n i18n) {
        this.identity = identity;
        this.i18n = i18n;
    }

    /** The light pages, which get the plain-HTML content security policy. */
    static boolean isLight(String uri) {
        return uri != null && (uri.equals("/lite") || uri.startsWith("/lite/"));
    }

    Locale locale(HttpServletRequest request) {
        if (IdentityService.currentUser().isPresent()) {
            var mine = identity.myLanguage();
            if (mine.isPresent()) {
                return AccordI18n.supported(Locale.forLanguageTag(mine.get()));
            }
        }
        return AccordI18n.supported(request.getLocale());
    }

    /** The account's time zone; UTC when none was saved or the saved one is not known to this JVM. */
    ZoneId zone() {
        if (IdentityService.currentUser().isEmpty()) {
            return ZoneOffset.UTC;
        }
        try {
            return identity.myTimeZone().map(ZoneId::of).orElse(ZoneOffset.UTC);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }

    /** "3 déc. 2026, 18:00 (Europe/Paris) · 2026-12-03 17:00 UTC", the UTC part kept left-to-right; UTC alone for UTC. */
    String localAndUtc(Instant at, ZoneId zone, Locale locale) {
        String utc = "<bdi dir=\"ltr\">" + esc(UiText.utc(at)) + "</bdi>";
        if (zone.getRules().getOffset(at).equals(ZoneOffset.UTC) && zone.normalized().equals(ZoneOffset.UTC)) {
            return utc;
        }
        String local = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(at);
        return "<bdi>" + esc(local) + "</bdi> (<bdi dir=\"ltr\">" + esc(zone.getId()) + "</bdi>) · " + utc;
    }

    String t(Locale locale, String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }

    /** A translated text with markup in its parameters: the text is escaped, the parameters (already safe HTML) are not. */
    String html(Locale locale, String key, String... safeHtmlParams) {
        Object[] marks = new Object[safeHtmlParams.length];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = "\u0001" + i + "\u0002";
        }
        String out = esc(t(locale, key, marks));
        for (int i = 0; i < marks.length; i++) {
            out = out.replace((String) marks[i], safeHtmlParams[i]);
        }
        return out;
    }

    /** Opens the page: language and direction, title, the light style sheet, and the bar at the top. */
    void open(StringBuilder h, String title, Locale locale, HttpServletRequest request, boolean signedIn) {
        h.append("<!DOCTYPE html><html lang=\"").append(locale.getLanguage()).append("\" dir=\"")
                .append(AccordI18n.rightToLeft(locale) ? "rtl" : "ltr")
                .append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append("</title><style>")
                .append("body{font:16px/1.5 system-ui,sans-serif;max-width:46em;margin:0 auto;padding:0 1em;color:#1a1a1a}")
                .append("a{color:#0b5cad}section{margin:1.2em 0}textarea,input[type=text],input[type=password]{width:100%;box-sizing:border-box}")
                .append("label{display:block;margin-top:.5em}fieldset label{display:inline;margin-inline-end:1em}")
                .append(".ok{border-inline-start:4px solid #1e7a3c;padding:.3em .8em;background:#e6f4ea}")
                .append(".error{border-inline-start:4px solid #b3261e;padding:.3em .8em;background:#fdecea}")
                .append(".bar{display:flex;flex-wrap:wrap;gap:1em;align-items:center;border-bottom:1px solid #ccc;padding:.4em 0}")
                .append(".bar form{margin:0}.skip{position:absolute;inset-inline-start:-999em}.skip:focus{position:static}")
                .append(".period,.hint{color:#444}button{font:inherit;padding:.3em 1em;margin-top:.6em}")
                .append(":focus-visible{outline:3px solid #0b5cad;outline-offset:2px}")
                .append("</style></head><body><a class=\"skip\" href=\"#main-content\">").append(esc(t(locale, "lite.skip")))
                .append("</a><header class=\"bar\"><span>Accord</span>");
        if (signedIn) {
            h.append("<a href=\"/lite\">").append(esc(t(locale, "lite.home"))).append("</a>");
        }
        String here = request.getRequestURI();
        h.append("<a href=\"/lite/choose?view=full&amp;next=").append(esc(encode(LightPaths.fullEquivalent(here)))).append("\">")
                .append(esc(t(locale, "lite.full-view"))).append("</a>");
        if (signedIn) {
            h.append("<form method=\"post\" action=\"/logout\"><input type=\"hidden\" name=\"").append(LightChoiceFilter.LIGHT_FORM)
                    .append("\" value=\"1\">").append(csrfField(request)).append("<button type=\"submit\">")
                    .append(esc(t(locale, "common.sign-out"))).append("</button></form>");
        }
        h.append("</header>");
    }

    static String csrfField(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (csrf == null) {
            return "";
        }
        return "<input type=\"hidden\" name=\"" + esc(csrf.getParameterName()) + "\" value=\"" + esc(csrf.getToken()) + "\">";
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String esc(String s) {
        return ClauseText.escape(s == null ? "" : s);
    }
}
