package org.accord.ui;

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

    UsersView(IdentityService identity, SingleSignOn sso) {
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
        grid.setItems(identity.listUsers());
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
