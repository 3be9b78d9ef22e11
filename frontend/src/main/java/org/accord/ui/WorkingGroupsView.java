package org.accord.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.accord.membership.MembershipService;
import org.accord.membership.WorkingGroupSummary;

@Route("working-groups")
@Menu(order = 1, title = "Working groups", icon = "vaadin:group")
@PermitAll
public class WorkingGroupsView extends Main implements com.vaadin.flow.router.HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return UiText.t("drafting.working-groups.title") + " · Accord";
    }

    WorkingGroupsView(MembershipService membership) {
        addClassName("page");
        add(new H1(UiText.t("drafting.working-groups.heading")),
                new Paragraph(UiText.t("drafting.working-groups.intro")));
        Grid<WorkingGroupSummary> grid = new Grid<>();
        grid.setAriaLabel(UiText.t("drafting.working-groups.grid"));
        grid.addColumn(wg -> DraftingText.ltr(wg.committeeReference() + "/" + wg.code())).setHeader(UiText.t("drafting.working-groups.group")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WorkingGroupSummary::title).setHeader(UiText.t("drafting.working-groups.group-title")).setAutoWidth(true);
        grid.addColumn(WorkingGroupSummary::committeeTitle).setHeader(UiText.t("drafting.working-groups.committee")).setAutoWidth(true);
        grid.addColumn(WorkingGroupSummary::memberCount).setHeader(UiText.t("drafting.working-groups.members")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WorkingGroupSummary::scope).setHeader(UiText.t("drafting.working-groups.scope")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(membership.workingGroups());
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
