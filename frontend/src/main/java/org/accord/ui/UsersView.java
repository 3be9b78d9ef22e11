package org.accord.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.accord.identity.IdentityService;
import org.accord.identity.SingleSignOn;
import org.accord.identity.UserSummary;

import java.util.stream.Collectors;

/** Administration of accounts: admins only. */
@Route("admin/users")
@Menu(order = 90, title = "Users (admin)", icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class UsersView extends Main implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return UiText.t("users.title") + " · Accord";
    }

    UsersView(IdentityService identity, SingleSignOn sso, org.accord.notification.NotificationService notifications) {
        addClassName("page");
        add(new H1(UiText.t("users.heading")));
        if (sso.configured()) {
            Checkbox local = new Checkbox(UiText.t("users.local-login"),
                    sso.localLoginEnabled());
            local.setId("local-login-enabled");
            local.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    sso.setLocalLoginEnabled(e.getValue());
                    UiText.notify(e.getValue() ? UiText.t("users.local-login.on")
                            : UiText.t("users.local-login.off", sso.providerName()), false);
                }
            });
            add(new Paragraph(UiText.t("users.sso", sso.providerName())), local);
        }
        Grid<UserSummary> grid = new Grid<>();
        grid.setAriaLabel(UiText.t("users.heading"));
        grid.addColumn(UserSummary::username).setHeader(UiText.t("users.username")).setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setHeader(UiText.t("users.name")).setAutoWidth(true);
        grid.addColumn(UserSummary::email).setHeader(UiText.t("users.email")).setAutoWidth(true);
        grid.addColumn(u -> u.platformRoles().stream().sorted(java.util.Comparator.comparing(Enum::name))
                        .map(r -> switch (r) {
                            case ADMIN -> UiText.t("users.platform-role.admin");
                            case SECRETARIAT -> UiText.t("users.platform-role.secretariat");
                        }).collect(Collectors.joining(", ")))
                .setHeader(UiText.t("users.platform-roles")).setAutoWidth(true);
        grid.addColumn(u -> u.enabled() ? UiText.t("users.active") : UiText.t("users.disabled")).setHeader(UiText.t("users.status")).setAutoWidth(true);
        // Bounces are read only for the people an admin opens: one query per opened row, not per listed user.
        grid.addComponentColumn(u -> {
            com.vaadin.flow.component.button.Button show = new com.vaadin.flow.component.button.Button(
                    UiText.t("users.bounces.show"), e -> grid.setDetailsVisible(u, !grid.isDetailsVisible(u)));
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            show.setAriaLabel(UiText.t("users.bounces.show.named", u.username()));
            show.addClassName("show-bounces");
            return show;
        }).setHeader(UiText.t("users.bounces.header")).setAutoWidth(true);
        grid.setDetailsVisibleOnClick(false);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(u -> bounces(notifications, u)));
        grid.setItems(identity.listUsers());
        grid.setAllRowsVisible(true);
        add(grid);
    }

    /** The bounces recorded for one person's mail, newest first. */
    private static com.vaadin.flow.component.Component bounces(org.accord.notification.NotificationService notifications,
                                                                UserSummary u) {
        java.util.List<org.accord.notification.EmailBounce> list = notifications.bounces(u.id());
        com.vaadin.flow.component.html.Div box = new com.vaadin.flow.component.html.Div();
        box.addClassName("user-bounces");
        box.setId("bounces-" + u.username());
        if (list.isEmpty()) {
            Paragraph none = new Paragraph(UiText.t("users.bounces.none", u.username()));
            none.addClassName("empty");
            box.add(none);
        } else {
            com.vaadin.flow.component.html.UnorderedList ul = new com.vaadin.flow.component.html.UnorderedList();
            list.forEach(b -> ul.add(NotificationSettingsView.bounceLine(b, "users")));
            box.add(ul);
        }
        return box;
    }
}
