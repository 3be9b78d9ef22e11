package org.accord.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.accord.identity.Contact;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds and sends one email: plain-text and HTML parts in the recipient's language, the subject stripped of line
 * breaks, a link to the preferences page and an unsubscribe link that work without sign-in, and
 * {@code List-Unsubscribe} / {@code List-Unsubscribe-Post} headers (RFC 8058 one-click).
 */
@Component
public class Mailer {

    /** One block of a message: a line of text and where it leads. */
    public record Item(String subject, String body, String link) {
    }

    private final MailSettings settings;
    private final LinkKeys keys;

    Mailer(MailSettings settings, LinkKeys keys) {
        this.settings = settings;
        this.keys = keys;
    }

    public void send(Contact to, String subject, String intro, List<Item> items, String deliveryRef) {
        JavaMailSender sender = sender();
        sender.send(compose(sender.createMimeMessage(), to, subject, intro, items, deliveryRef));
    }

    /** A message ready for {@link #sendAll}. */
    public MimeMessage build(Contact to, String subject, String intro, List<Item> items, String deliveryRef) {
        return compose(sender().createMimeMessage(), to, subject, intro, items, deliveryRef);
    }

    /**
     * Sends several messages over one SMTP connection. Throws {@link org.springframework.mail.MailSendException} whose
     * failed messages are the ones not accepted (all of them when the server could not be reached).
     */
    public void sendAll(List<MimeMessage> messages) {
        if (!messages.isEmpty()) {
            sender().send(messages.toArray(MimeMessage[]::new));
        }
    }

    private JavaMailSender sender() {
        return settings.sender().orElseThrow(() -> new IllegalStateException("Email is not configured"));
    }

    MimeMessage compose(MimeMessage message, Contact to, String subject, String intro, List<Item> items, String deliveryRef) {
        Locale locale = MessageTexts.locale(to.language());
        ZoneId zone = MessageTexts.zone(to.timeZone());
        String token = keys.preferencesToken(to.id());
        String q = "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        String preferences = settings.baseUrl() + "/email/preferences" + q;
        String unsubscribe = settings.baseUrl() + "/email/unsubscribe" + q;
        Map<String, String> none = Map.of();
        String hello = MessageTexts.text("email.hello", Map.of("name", to.displayName()), locale, zone);
        String open = MessageTexts.text("email.open", none, locale, zone);
        String why = MessageTexts.text("email.why", none, locale, zone);
        String prefs = MessageTexts.text("email.preferences", none, locale, zone);
        String unsub = MessageTexts.text("email.unsubscribe", none, locale, zone);

        StringBuilder text = new StringBuilder(hello).append("\n\n");
        if (intro != null) {
            text.append(intro).append("\n\n");
        }
        boolean rtl = "ar".equals(locale.getLanguage());
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\" dir=\"").append(rtl ? "rtl" : "ltr").append("\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(subject)).append("</title></head><body style=\"font-family:sans-serif;max-width:40em\"><p>")
                .append(esc(hello)).append("</p>");
        if (intro != null) {
            html.append("<p>").append(esc(intro)).append("</p>");
        }
        for (Item item : items) {
            String url = item.link() == null ? null : settings.baseUrl() + item.link();
            if (items.size() > 1) {
                text.append("* ").append(item.subject()).append('\n');
                html.append("<h2 style=\"font-size:1.05em\">").append(esc(item.subject())).append("</h2>");
            }
            text.append(item.body()).append('\n');
            html.append("<p>").append(esc(item.body())).append("</p>");
            if (url != null) {
                text.append(open).append(": ").append(url).append("\n\n");
                html.append("<p><a href=\"").append(esc(url)).append("\">").append(esc(open)).append("</a></p>");
            }
        }
        text.append("\n--\n").append(why).append('\n').append(prefs).append(": ").append(preferences).append('\n')
                .append(unsub).append(": ").append(unsubscribe).append('\n');
        html.append("<hr><p style=\"font-size:.9em;color:#555\">").append(esc(why)).append("<br><a href=\"")
                .append(esc(preferences)).append("\">").append(esc(prefs)).append("</a> · <a href=\"").append(esc(unsubscribe))
                .append("\">").append(esc(unsub)).append("</a></p></body></html>");
        try {
            MimeMessageHelper h = new MimeMessageHelper(message, true, "UTF-8");
            h.setFrom(new InternetAddress(settings.from(), true));
            h.setTo(new InternetAddress(to.email(), to.displayName() == null ? null : MailHeaders.subject(to.displayName()),
                    "UTF-8"));
            h.setSubject(MailHeaders.subject(subject));
            h.setText(text.toString(), html.toString());
            message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setHeader("X-Accord-Delivery", deliveryRef);
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("Could not build the email: " + e.getMessage(), e);
        }
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s, "UTF-8");
    }
}
