package org.accord.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.accord.notification.NotificationService;

/** All my notifications on one page, twenty at a time. */
@Route("notifications")
@Menu(order = 80, title = "Notifications", icon = "vaadin:bell")
@PermitAll
public class NotificationsView extends Main implements HasDynamicTitle {

    static final int PAGE = 20;

    @Override
    public String getPageTitle() {
        return UiText.t("notifications.heading") + " · Accord";
    }

    NotificationsView(NotificationService notifications) {
        addClassName("page");
        NotificationCentre centre = new NotificationCentre(notifications, PAGE, false, unread -> { });
        add(new H1(UiText.t("notifications.heading")), centre);
        centre.reload();
    }
}
