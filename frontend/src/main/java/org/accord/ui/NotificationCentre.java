package org.accord.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.accord.notification.NotificationPage;
import org.accord.notification.NotificationService;
import org.accord.notification.NotificationView;

import java.util.function.LongConsumer;

/**
 * My notifications, newest first, loaded a page at a time ("Show more"): each with its text (rendered by the
 * notification module in my language), when it came, an unread mark in words as well as colour, "Mark read", and its
 * title opening the thing it is about (which marks it read). Used in the bell's popover and on its own page.
 */
class NotificationCentre extends Div {

    private final NotificationService notifications;
    private final int pageSize;
    private final LongConsumer unreadChanged;
    private final Div list = new Div();
    private final Paragraph summary = new Paragraph();
    private final Button more = new Button(UiText.t("notifications.more"));
    private final Button markAll = new Button(UiText.t("notifications.mark-all-read"));
    private Runnable beforeNavigate = () -> { };
    private int loaded;
    private long total;

    /** {@code inPopover}: the bell's popover, with its own heading and a link to the full page. */
    NotificationCentre(NotificationService notifications, int pageSize, boolean inPopover, LongConsumer unreadChanged) {
        this.notifications = notifications;
        this.pageSize = pageSize;
        this.unreadChanged = unreadChanged;
        addClassName("notification-centre");
        H2 heading = new H2(UiText.t("notifications.heading"));
        heading.setId("notification-centre-heading");
        heading.setVisible(inPopover);
        summary.addClassName("meta");
        summary.setId("notification-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        markAll.setId("mark-all-read");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        markAll.addClickListener(e -> {
            notifications.markAllRead();
            reload();
        });
        Div header = new Div(heading, markAll);
        header.addClassName("notification-centre-header");
        list.setId("notification-list");
        list.addClassName("notification-list");
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("aria-label", UiText.t("notifications.heading"));
        more.setId("notification-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> loadPage());
        RouterLink settings = new RouterLink(UiText.t("notifications.settings-link"), NotificationSettingsView.class);
        settings.setId("notification-settings-link");
        Div footer = new Div(more, settings);
        footer.addClassName("notification-centre-footer");
        if (inPopover) {
            RouterLink all = new RouterLink(UiText.t("notifications.all-link"), NotificationsView.class);
            all.setId("all-notifications-link");
            footer.add(all);
        }
        add(header, summary, list, footer);
    }

    /** What to do before following a link out of the centre (the popover closes itself). */
    void setBeforeNavigate(Runnable beforeNavigate) {
        this.beforeNavigate = beforeNavigate;
    }

    /** Starts again from the newest. */
    void reload() {
        list.removeAll();
        loaded = 0;
        loadPage();
    }

    private void loadPage() {
        NotificationPage page = notifications.myNotifications(loaded, pageSize,
                AccordI18n.supported(getLocale()).getLanguage()); // the page's language, which may not be the account's
        page.items().forEach(n -> list.add(item(n)));
        loaded += page.items().size();
        more.setVisible(loaded < page.total());
        total = page.total();
        list.setVisible(total > 0);
        showUnread(page.unread());
    }

    private void showUnread(long unread) {
        summary.setText(total == 0 ? UiText.t("notifications.none") : UiText.t("notifications.summary", unread, total));
        markAll.setEnabled(unread > 0);
        unreadChanged.accept(unread);
    }

    private Div item(NotificationView n) {
        Div item = new Div();
        item.addClassName("notification-item");
        item.getElement().setAttribute("role", "listitem");
        item.getElement().setAttribute("data-topic", n.topic().name());
        Span state = new Span(UiText.t(n.read() ? "notifications.read" : "notifications.unread"));
        state.addClassName("notification-state");
        Button open = new Button(n.title());
        open.addClassName("notification-open");
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.getElement().setAttribute("dir", "auto");
        open.addClickListener(e -> {
            if (!n.read()) {
                notifications.markRead(n.id());
            }
            beforeNavigate.run();
            if (n.link() != null && !n.link().isBlank()) {
                e.getSource().getUI().ifPresent(ui -> ui.navigate(n.link().startsWith("/") ? n.link().substring(1) : n.link()));
            }
        });
        Paragraph body = new Paragraph(n.body());
        body.addClassName("notification-body");
        body.getElement().setAttribute("dir", "auto");
        Span when = LocalAndUtc.moment(n.createdAt()); // UTC kept left-to-right in Arabic, local time added by the browser
        when.addClassName("notification-time");
        Div line = new Div(state);
        line.addClassName("notification-meta");
        item.add(open, body, when, line);
        if (!n.read()) {
            item.addClassName("unread");
            Button markRead = new Button(UiText.t("notifications.mark-read"));
            markRead.addClassName("notification-mark-read");
            markRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            markRead.setAriaLabel(UiText.t("notifications.mark-read.named", n.title()));
            markRead.addClickListener(e -> {
                notifications.markRead(n.id());
                item.removeClassName("unread");
                state.setText(UiText.t("notifications.read"));
                markRead.setVisible(false);
                showUnread(notifications.myUnreadCount());
                open.focus();
            });
            line.add(markRead);
        }
        return item;
    }
}
