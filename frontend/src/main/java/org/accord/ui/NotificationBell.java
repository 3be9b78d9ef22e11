package org.accord.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.shared.Registration;
import org.accord.notification.NotificationService;

import java.util.UUID;

/**
 * The header's bell: my unread count (badge, and in the button's accessible name), kept current live from every node
 * through {@link NotificationUpdates}; a click opens the notification centre in a popover. A rising count is also
 * announced to screen readers through a polite live region.
 */
class NotificationBell extends Div {

    static final int POPOVER_PAGE = 10;

    private final NotificationService notifications;
    private final NotificationUpdates updates;
    private final UUID userId;
    private final Button bell = new Button(new Icon("vaadin", "bell"));
    private final Span badge = new Span();
    private final Span announcer = new Span();
    private final Popover popover = new Popover();
    private final NotificationCentre centre;
    private Registration registration;
    private Registration navigation;
    private long unread = -1;

    NotificationBell(NotificationService notifications, NotificationUpdates updates, UUID userId) {
        this.notifications = notifications;
        this.updates = updates;
        this.userId = userId;
        addClassName("notification-bell");
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        badge.addClassName("notification-count");
        badge.setId("notification-count");
        badge.getElement().setAttribute("aria-hidden", "true");
        bell.getElement().appendChild(badge.getElement());
        announcer.addClassName("visually-hidden");
        announcer.getElement().setAttribute("aria-live", "polite");
        announcer.setId("notification-announcer");
        centre = new NotificationCentre(notifications, POPOVER_PAGE, true, this::show);
        centre.setBeforeNavigate(popover::close);
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setModal(false);
        popover.setAutofocus(true);
        popover.setAriaLabelledBy("notification-centre-heading");
        popover.setWidth("min(28rem, 95vw)");
        popover.addClassName("notification-popover");
        popover.add(centre);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                centre.reload();
            }
        });
        add(bell, announcer, popover);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        show(notifications.myUnreadCount());
        navigation = ui.addAfterNavigationListener(e -> popover.close()); // the layout, and so the popover, stays
        registration = updates.register(userId, e -> ui.access(() -> {
            if (!popover.isOpened()) {
                show(e == null ? notifications.myUnreadCount() : e.unread());
            } else if (e == null || e.unread() != unread) {
                centre.reload(); // something new (or read elsewhere): the list and the count
            } // else it echoes what this centre just did: keep the list, the paging and the focus
        }));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
        if (navigation != null) {
            navigation.remove();
            navigation = null;
        }
    }

    /** Badge, accessible name and (when it rose) the announcement. */
    void show(long count) {
        if (unread >= 0 && count > unread) {
            announcer.setText(UiText.t("notifications.arrived", count));
        }
        unread = count;
        badge.setText(count > 99 ? "99+" : Long.toString(count));
        badge.setVisible(count > 0);
        bell.setAriaLabel(UiText.t("notifications.bell", count));
        bell.setTooltipText(UiText.t("notifications.bell", count));
        bell.getElement().setAttribute("data-unread", Long.toString(count));
    }
}
