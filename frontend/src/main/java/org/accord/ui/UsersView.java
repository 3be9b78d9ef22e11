package org.accord.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.accord.identity.IdentityService;
import org.accord.identity.SingleSignOn;
import org.accord.identity.UserSummary;

import java.util.stream.Collectors;

/** Administration of accounts: admins only. */
@Route("admin/users")
@PageTitle("Users · Accord")
@Menu(order = 90, title = "Users (admin)", icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class UsersView extends Main {

    UsersView(IdentityService identity, SingleSignOn sso) {
        addClassName("page");
        add(new H1("User accounts"));
        if (sso.configured()) {
            Checkbox local = new Checkbox("Accept local passwords (administrators can always sign in locally)",
                    sso.localLoginEnabled());
            local.setId("local-login-enabled");
            local.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    sso.setLocalLoginEnabled(e.getValue());
                    UiText.notify(e.getValue() ? "Local sign-in is on." : "Local sign-in is off: people sign in with "
                            + sso.providerName() + ".", false);
                }
            });
            add(new Paragraph("Single sign-on with " + sso.providerName() + " is configured. Accounts are created or "
                    + "linked at first sign-in; realm roles admin and secretariat and groups /wg/<group>/<role> "
                    + "set roles at every sign-in."), local);
        }
        Grid<UserSummary> grid = new Grid<>();
        grid.setAriaLabel("User accounts");
        grid.addColumn(UserSummary::username).setHeader("User name").setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(UserSummary::email).setHeader("Email").setAutoWidth(true);
        grid.addColumn(u -> u.platformRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")))
                .setHeader("Platform roles").setAutoWidth(true);
        grid.addColumn(u -> u.enabled() ? "active" : "disabled").setHeader("Status").setAutoWidth(true);
        grid.setItems(identity.listUsers());
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
