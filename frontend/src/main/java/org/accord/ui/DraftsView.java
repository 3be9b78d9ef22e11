package org.accord.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.accord.drafting.DraftSummary;
import org.accord.drafting.DraftingService;

@Route("drafts")
@Menu(order = 2, title = "Drafts", icon = "vaadin:file-text-o")
@PermitAll
public class DraftsView extends Main implements com.vaadin.flow.router.HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return UiText.t("drafting.drafts.title") + " · Accord";
    }

    DraftsView(DraftingService drafting, org.accord.membership.MembershipService membership,
               com.vaadin.flow.spring.security.AuthenticationContext auth) {
        addClassName("page");
        add(new H1(UiText.t("drafting.drafts.heading")));
        // The secretariat imports for any group, a convenor for the groups they convene.
        var user = auth.getAuthenticatedUser(org.accord.identity.AccordUser.class).orElseThrow();
        java.util.List<org.accord.membership.WorkingGroupSummary> importable = auth.hasAnyRole("SECRETARIAT", "ADMIN")
                ? membership.workingGroups()
                : membership.workingGroupsOf(user.userId()).stream()
                .filter(m -> m.role() == org.accord.shared.security.WorkingGroupRole.CONVENOR)
                .map(org.accord.membership.MyWorkingGroup::workingGroup).toList();
        if (!importable.isEmpty()) {
            com.vaadin.flow.component.button.Button importButton = new com.vaadin.flow.component.button.Button(
                    UiText.t("drafting.drafts.import"), e -> new ImportDraftDialog(drafting, importable).open());
            importButton.setId("import-draft");
            add(importButton);
        }
        Grid<DraftSummary> grid = new Grid<>();
        grid.setAriaLabel(UiText.t("drafting.drafts.grid"));
        grid.addComponentColumn(d -> new RouterLink(d.reference(), DraftView.class, DraftView.params(d.id())))
                .setHeader(UiText.t("drafting.drafts.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DraftSummary::title).setHeader(UiText.t("drafting.drafts.draft-title")).setFlexGrow(2);
        grid.addColumn(DraftSummary::workingGroup).setHeader(UiText.t("drafting.drafts.working-group")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> DraftingText.ltr(d.stageAbbreviation() + " (" + d.stageCode() + ")")).setHeader(UiText.t("drafting.drafts.stage")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DraftSummary::clauseCount).setHeader(UiText.t("drafting.drafts.clauses")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> DraftingText.ltr(UiText.utc(d.updatedAt()))).setHeader(UiText.t("drafting.drafts.last-change")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(UiText.t("drafting.drafts.none"));
        grid.setItems(drafting.drafts());
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
