package org.accord.notification;

import org.accord.notification.internal.MessageTexts;
import org.accord.shared.InvalidInputException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.*;

/**
 * The page an email's links open, without sign-in: the signed token in the link names the person. Plain HTML, no
 * script; a tampered or expired link gets a page saying so (400). {@code POST /email/unsubscribe} is also the RFC 8058
 * one-click target of the {@code List-Unsubscribe-Post} header.
 */
@Controller
class EmailPreferencesPage {

    private final NotificationService notifications;

    EmailPreferencesPage(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping(value = "/email/preferences", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> show(@RequestParam(required = false) String token) {
        try {
            NotificationPreferences p = notifications.preferencesByToken(token);
            return ok(p.language(), form(token, p, null));
        } catch (InvalidInputException e) {
            return refused(e.getMessage());
        }
    }

    @PostMapping(value = "/email/preferences", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> save(@RequestParam MultiValueMap<String, String> form) {
        String token = form.getFirst("token");
        NotificationPreferences current;
        try {
            current = notifications.preferencesByToken(token);
        } catch (InvalidInputException e) {
            return refused(e.getMessage());
        }
        Locale locale = MessageTexts.locale(current.language());
        try {
            Map<NotificationTopic, EmailMode> modes = new EnumMap<>(NotificationTopic.class);
            for (NotificationTopic t : NotificationTopic.values()) {
                String v = form.getFirst("mode_" + t.name());
                if (v != null) {
                    modes.put(t, parse(EmailMode.class, v));
                }
            }
            int hour;
            try {
                hour = Integer.parseInt(Objects.requireNonNullElse(form.getFirst("digestHour"), "8").strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("notification.digest-hour.invalid");
            }
            NotificationPreferences saved = notifications.updatePreferencesByToken(token, new NotificationPreferences(modes,
                    Set.of(), parse(DigestRhythm.class, form.getFirst("rhythm")), hour,
                    parse(DayOfWeek.class, form.getFirst("digestDay")), form.getFirst("emailEnabled") != null,
                    form.getFirst("timeZone"), null, null, false));
            return ok(saved.language(), "<p role=\"status\" class=\"saved\">" + esc(t("page.saved", locale)) + "</p>"
                    + form(token, saved, null));
        } catch (InvalidInputException e) {
            String details = e.message(locale); // the person's language, as the rest of the page
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noStore())
                    .body(page(current.language(), form(token, current, details)));
        }
    }

    @GetMapping(value = "/email/unsubscribe", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> confirmUnsubscribe(@RequestParam(required = false) String token) {
        try {
            NotificationPreferences p = notifications.preferencesByToken(token);
            Locale locale = MessageTexts.locale(p.language());
            return ok(p.language(), "<form method=\"post\" action=\"/email/unsubscribe\"><input type=\"hidden\" name=\"token\" value=\""
                    + esc(token) + "\"><button type=\"submit\">" + esc(t("page.unsubscribe", locale)) + "</button></form>"
                    + "<p><a href=\"/email/preferences?token=" + esc(token) + "\">" + esc(t("email.preferences", locale)) + "</a></p>");
        } catch (InvalidInputException e) {
            return refused(e.getMessage());
        }
    }

    /** One click (RFC 8058: the mail client POSTs {@code List-Unsubscribe=One-Click}) or the button above. */
    @PostMapping(value = "/email/unsubscribe", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> unsubscribe(@RequestParam(required = false) String token) {
        try {
            notifications.unsubscribeByToken(token);
            NotificationPreferences p = notifications.preferencesByToken(token);
            Locale locale = MessageTexts.locale(p.language());
            return ok(p.language(), "<p role=\"status\" class=\"saved\">" + esc(t("page.unsubscribed", locale)) + "</p>"
                    + "<p><a href=\"/email/preferences?token=" + esc(token) + "\">" + esc(t("email.preferences", locale)) + "</a></p>");
        } catch (InvalidInputException e) {
            return refused(e.getMessage());
        }
    }

    private String form(String token, NotificationPreferences p, String error) {
        Locale locale = MessageTexts.locale(p.language());
        StringBuilder h = new StringBuilder();
        if (error != null) {
            h.append("<p role=\"alert\" class=\"error\">").append(esc(t("page.invalid", locale))).append(' ').append(esc(error)).append("</p>");
        }
        h.append("<p>").append(esc(t("page.intro", locale))).append("</p>")
                .append("<form method=\"post\" action=\"/email/preferences\"><input type=\"hidden\" name=\"token\" value=\"")
                .append(esc(token)).append("\"><table><tbody>");
        for (NotificationTopic topic : NotificationTopic.values()) {
            String name = "mode_" + topic.name();
            h.append("<tr><th scope=\"row\"><label for=\"").append(name).append("\">")
                    .append(esc(t("topic." + topic.name() + ".label", locale))).append("</label></th><td>");
            if (p.mandatory().contains(topic)) {
                h.append(esc(t("mode.MANDATORY", locale)));
            } else {
                h.append("<select id=\"").append(name).append("\" name=\"").append(name).append("\">");
                for (EmailMode m : EmailMode.values()) {
                    h.append("<option value=\"").append(m).append("\"").append(p.modeOf(topic) == m ? " selected" : "")
                            .append(">").append(esc(t("mode." + m, locale))).append("</option>");
                }
                h.append("</select>");
            }
            h.append("</td></tr>");
        }
        h.append("</tbody></table><fieldset><legend>").append(esc(t("page.digest", locale))).append("</legend>")
                .append("<select name=\"rhythm\" aria-label=\"").append(esc(t("page.digest", locale))).append("\">");
        for (DigestRhythm r : DigestRhythm.values()) {
            h.append("<option value=\"").append(r).append("\"").append(p.rhythm() == r ? " selected" : "").append(">")
                    .append(esc(t("rhythm." + r, locale))).append("</option>");
        }
        h.append("</select> <label>").append(esc(t("page.digestHour", locale)))
                .append(" <input name=\"digestHour\" type=\"number\" min=\"0\" max=\"23\" value=\"").append(p.digestHour())
                .append("\"></label> <label>").append(esc(t("page.digestDay", locale))).append(" <select name=\"digestDay\">");
        for (DayOfWeek d : DayOfWeek.values()) {
            h.append("<option value=\"").append(d).append("\"").append(p.digestDay() == d ? " selected" : "").append(">")
                    .append(esc(d.getDisplayName(TextStyle.FULL, locale))).append("</option>");
        }
        h.append("</select></label></fieldset><p><label>").append(esc(t("page.timeZone", locale)))
                .append(" <input name=\"timeZone\" value=\"").append(esc(p.timeZone())).append("\"></label></p>")
                .append("<p><label><input type=\"checkbox\" name=\"emailEnabled\"").append(p.emailEnabled() ? " checked" : "")
                .append("> ").append(esc(t("page.emailEnabled", locale))).append("</label></p>")
                .append("<button type=\"submit\">").append(esc(t("page.save", locale))).append("</button></form>")
                .append("<form method=\"post\" action=\"/email/unsubscribe\"><input type=\"hidden\" name=\"token\" value=\"")
                .append(esc(token)).append("\"><button type=\"submit\">").append(esc(t("page.unsubscribe", locale)))
                .append("</button></form>");
        return h.toString();
    }

    private ResponseEntity<String> ok(String language, String body) {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "no-referrer").body(page(language, body));
    }

    private ResponseEntity<String> refused(String message) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_HTML)
                .cacheControl(CacheControl.noStore()).header("Referrer-Policy", "no-referrer")
                .body(page("en", "<h2>" + esc(t("page.refused", Locale.ENGLISH)) + "</h2><p role=\"alert\">" + esc(message) + "</p>"));
    }

    private String page(String language, String body) {
        Locale locale = MessageTexts.locale(language);
        return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\" dir=\"" + ("ar".equals(locale.getLanguage()) ? "rtl" : "ltr")
                + "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>"
                + esc(t("page.title", locale)) + "</title></head><body><main><h1>" + esc(t("page.title", locale)) + "</h1>"
                + body + "</main></body></html>";
    }

    private static String t(String key, Locale locale) {
        return MessageTexts.text(key, Map.of(), locale, ZoneOffset.UTC);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("notification.choice.unknown", HtmlUtils.htmlEscape(v.strip()));
        }
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s, "UTF-8");
    }
}
