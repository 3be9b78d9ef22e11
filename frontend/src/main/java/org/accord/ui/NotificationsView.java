package org.accord.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.accord.identity.IdentityService;
import org.accord.notification.NotificationService;

/** All my notifications on one page, twenty at a time, following new ones live. */
@Route("notifications")
@Menu(order = 80, title = "Notifications", icon = "vaadin:bell")
@PermitAll
public class NotificationsView extends Main implements HasDynamicTitle {

    static final int PAGE = 20;

    @Override
    public String getPageTitle() {
        return UiText.t("notifications.heading") + " · Accord";
    }

    private final NotificationUpdates updates;
    private final NotificationCentre centre;
    private long shownUnread = -1;
    private Registration registration;

    NotificationsView(NotificationService notifications, NotificationUpdates updates) {
        this.updates = updates;
        addClassName("page");
        centre = new NotificationCentre(notifications, PAGE, false, unread -> shownUnread = unread);
        add(new H1(UiText.t("notifications.heading")), centre);
        centre.reload();
    }

    // New notifications (or ones read on another page) reload the list; the echo of my own "mark read" does not.
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        IdentityService.currentUser().ifPresent(me -> registration = updates.register(me.userId(), e -> ui.access(() -> {
            if (e == null || e.unread() != shownUnread) {
                centre.reload();
            }
        })));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }
}
