package org.accord.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.*;
import jakarta.annotation.security.PermitAll;
import org.accord.audit.AuditFilter;
import org.accord.audit.AuditService;
import org.accord.drafting.DraftSummary;
import org.accord.drafting.DraftingService;

import java.util.Optional;
import java.util.UUID;

/** A draft's audit log: for its working group's convenors, co-convenors and editors, the secretariat and admins. */
@Route("drafts/:draftId/audit")
@PermitAll
public class DraftAuditView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DraftingService drafting;
    private final AuditService audit;
    private String title;

    DraftAuditView(DraftingService drafting, AuditService audit) {
        this.drafting = drafting;
        this.audit = audit;
        addClassNames("page", "audit-view");
    }

    static RouteParameters params(UUID draftId) {
        return new RouteParameters("draftId", draftId.toString());
    }

    @Override
    public String getPageTitle() {
        return title != null ? title : UiText.t("audit.title") + " · Accord";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<DraftSummary> loaded = DraftRoute.load(event, drafting);
        if (loaded.isEmpty()) {
            return;
        }
        DraftSummary draft = loaded.get();
        if (!audit.mayView(draft.id())) {
            event.rerouteToError(AccessDeniedException.class, UiText.t("audit.denied"));
            return;
        }
        title = UiText.t("audit.heading", draft.reference()) + " · Accord";
        removeAll();
        add(new RouterLink("← " + draft.reference(), DraftView.class, DraftView.params(draft.id())),
                new H1(UiText.t("audit.heading", draft.reference())),
                new AuditLogPanel(audit, AuditFilter.ofDraft(draft.id()),
                        "audit-" + draft.reference().replaceAll("[^A-Za-z0-9._-]+", "-") + ".csv"));
    }
}
