package org.accord.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.accord.audit.AuditFilter;
import org.accord.audit.AuditService;
import org.accord.membership.MembershipService;
import org.accord.membership.WorkingGroupSummary;

/** The audit log of one working group or of the whole platform (accounts, settings included): secretariat and admins. */
@Route("audit")
@Menu(order = 80, title = "Audit log", icon = "vaadin:records")
@RolesAllowed({"ADMIN", "SECRETARIAT"})
public class AuditLogView extends Main implements HasDynamicTitle {

    AuditLogView(AuditService audit, MembershipService membership) {
        addClassNames("page", "audit-view");
        Select<WorkingGroupSummary> scope = new Select<>();
        scope.setId("audit-scope");
        scope.setLabel(UiText.t("audit.scope"));
        scope.setWidth("min(100%, 36em)");
        scope.setEmptySelectionAllowed(true);
        scope.setEmptySelectionCaption(UiText.t("audit.scope.all"));
        scope.setItems(membership.workingGroups());
        scope.setItemLabelGenerator(g -> g == null ? UiText.t("audit.scope.all") : g.label());
        Div log = new Div();
        Runnable show = () -> {
            log.removeAll();
            WorkingGroupSummary g = scope.getValue();
            log.add(new AuditLogPanel(audit, g == null ? new AuditFilter(null, null, null, null, null, null)
                    : AuditFilter.ofWorkingGroup(g.id()), g == null ? "audit.csv" : "audit-working-group-" + g.id() + ".csv"));
        };
        scope.addValueChangeListener(e -> show.run());
        add(new H1(UiText.t("audit.title")), scope, log);
        show.run();
    }

    @Override
    public String getPageTitle() {
        return UiText.t("audit.title") + " · Accord";
    }
}
