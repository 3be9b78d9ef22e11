package org.accord.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.accord.membership.MembershipService;
import org.accord.membership.WorkingGroupSummary;

@Route("working-groups")
@PageTitle("Working groups · Accord")
@Menu(order = 1, title = "Working groups", icon = "vaadin:group")
@PermitAll
public class WorkingGroupsView extends Main {

    WorkingGroupsView(MembershipService membership) {
        addClassName("page");
        add(new H1("Working groups"),
                new Paragraph("Every working group of every committee on this platform, with its scope and size."));
        Grid<WorkingGroupSummary> grid = new Grid<>();
        grid.setAriaLabel("Working groups");
        grid.addColumn(wg -> wg.committeeReference() + "/" + wg.code()).setHeader("Group").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WorkingGroupSummary::title).setHeader("Title").setAutoWidth(true);
        grid.addColumn(WorkingGroupSummary::committeeTitle).setHeader("Committee").setAutoWidth(true);
        grid.addColumn(WorkingGroupSummary::memberCount).setHeader("Members").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WorkingGroupSummary::scope).setHeader("Scope").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(membership.workingGroups());
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
