package org.accord.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.accord.shared.InvalidInputException;
import org.accord.shared.LocalisedMessage;
import org.accord.shared.Problem;
import org.accord.shared.security.WorkingGroupRole;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Small shared wording for the views. */
final class UiText {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private UiText() {
    }

    /** A UI string in the current page's language (keys and texts in {@code i18n/*.properties}). */
    static String t(String key, Object... params) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key, params);
    }

    /**
     * What went wrong, in the page's language: backend problems carry a key in {@code i18n/problems*.properties};
     * anything else (a framework's own exception) shows its message, or a general sentence when it has none.
     */
    static String problem(Throwable e) {
        if (e instanceof LocalisedMessage m) {
            return m.message(locale());
        }
        if (e instanceof org.springframework.security.access.AccessDeniedException) {
            return t("common.problem.not-allowed"); // method security's own "Access Denied"
        }
        String text = e == null ? null : e.getMessage();
        return text == null || text.isBlank() ? t("common.problem.unexplained") : text;
    }

    /** A backend problem (e.g. one row of an import) in the page's language. */
    static String text(Problem p) {
        return p.message(locale());
    }

    /** The itemised problems of a refused input, in the page's language. */
    static java.util.List<String> details(InvalidInputException e) {
        return e.details(locale());
    }

    private static java.util.Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? AccordI18n.ENGLISH : ui.getLocale();
    }

    static String role(WorkingGroupRole role) {
        return t("role." + role.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** A short message at the bottom; errors stay twice as long and are marked as errors. */
    /** A size limit the browser checks at once, with a message in the reader's language when a file is refused. */
    static void limitUpload(com.vaadin.flow.component.upload.Upload upload, int megabytes) {
        upload.setMaxFileSize(megabytes * 1024 * 1024);
        upload.addFileRejectedListener(e -> notify(t("common.upload-rejected", e.getFileName(), megabytes), true));
    }

    static void notify(String text, boolean error) {
        Notification n = Notification.show(text, error ? 10000 : 5000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_CONTRAST);
    }

    /** A download link whose content is produced when clicked (so it is always current). */
    static com.vaadin.flow.component.html.Anchor download(String label, String fileName, String mime,
                                                          java.util.function.Supplier<String> content) {
        com.vaadin.flow.component.html.Anchor a = new com.vaadin.flow.component.html.Anchor(
                com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(ev -> {
                    byte[] bytes = content.get().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    return new com.vaadin.flow.server.streams.DownloadResponse(
                            new java.io.ByteArrayInputStream(bytes), fileName, mime, bytes.length);
                }), label);
        a.getElement().setAttribute("download", true);
        a.addClassName("toolbar-link");
        return a;
    }

    static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }
}
