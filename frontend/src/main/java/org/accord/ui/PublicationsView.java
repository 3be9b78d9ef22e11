package org.accord.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.accord.drafting.DraftSummary;
import org.accord.drafting.DraftingService;
import org.accord.drafting.VersionService;
import org.accord.drafting.VersionSummary;
import org.accord.publishing.NewPublication;
import org.accord.publishing.PublicationSummary;
import org.accord.publishing.PublishingService;
import org.accord.shared.InvalidInputException;

import java.util.List;

/**
 * The secretariat publishes frozen versions here: the approval ballot is checked (or an override rationale given),
 * files are generated in the background with a progress bar, and publications can be withdrawn — never deleted.
 */
@Route("publications")
@PageTitle("Publications · Accord")
@Menu(order = 6, title = "Publications", icon = "vaadin:book")
@RolesAllowed({"ADMIN", "SECRETARIAT"})
public class PublicationsView extends Main {

    private final PublishingService publishing;
    private final DraftingService drafting;
    private final VersionService versions;
    private final Grid<PublicationSummary> grid = new Grid<>();
    private final Div generating = new Div();
    private com.vaadin.flow.shared.Registration poll;

    PublicationsView(PublishingService publishing, DraftingService drafting, VersionService versions) {
        this.publishing = publishing;
        this.drafting = drafting;
        this.versions = versions;
        addClassName("publications-view");
        Button publish = new Button("Publish a version…", e -> publishDialog());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor publicLink = new Anchor("/standards", "Public catalogue");
        publicLink.setTarget("_blank");
        Div toolbar = new Div(publish, publicLink);
        toolbar.addClassName("draft-toolbar");
        grid.setId("publications");
        grid.addColumn(PublicationSummary::designation).setHeader("Publication").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PublicationSummary::title).setHeader("Title").setFlexGrow(2);
        grid.addColumn(PublicationSummary::versionLabel).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.status() + (p.statusReason() == null ? "" : ": " + p.statusReason())).setHeader("Status").setFlexGrow(2);
        grid.addColumn(p -> p.overridden() ? "override" : p.ballotOutcome() == null ? "" : p.ballotOutcome().toLowerCase())
                .setHeader("Ballot").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> UiText.utc(p.publishedAt())).setHeader("Published").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        generating.setId("generation");
        add(new H2("Publications"), toolbar, generating, grid);
        refresh();
    }

    private Div actions(PublicationSummary p) {
        Div d = new Div();
        if (!p.status().equals("generating") && !p.status().equals("failed")) {
            Anchor read = new Anchor("/standards/" + p.id(), "Read");
            read.setTarget("_blank");
            d.add(read);
        }
        if (p.status().equals("published") || p.status().equals("superseded")) {
            Button withdraw = new Button("Withdraw…", e -> withdrawDialog(p));
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            d.add(withdraw);
        }
        if (p.status().equals("failed")) {
            Button retry = new Button("Retry", e -> run(() -> publishing.retry(p.id()), "Generating again."));
            retry.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            d.add(retry);
        }
        return d;
    }

    private void refresh() {
        List<PublicationSummary> all = publishing.allPublications();
        grid.setItems(all);
        generating.removeAll();
        for (PublicationSummary p : all) {
            if (p.status().equals("generating")) {
                ProgressBar bar = new ProgressBar(0, 1, publishing.progress(p.id()).orElse(0));
                bar.getElement().setAttribute("aria-label", "Generating " + p.designation());
                generating.add(new Paragraph("Generating the files of " + p.designation() + " (HTML, NISO STS, PDF)…"), bar);
            }
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // Generation runs in the background: look again twice a second while this page is open.
        event.getUI().setPollInterval(500);
        poll = event.getUI().addPollListener(e -> {
            if (generating.getChildren().findAny().isPresent()) {
                refresh();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
        }
    }

    private void publishDialog() {
        Dialog d = new Dialog();
        d.setHeaderTitle("Publish a frozen version");
        d.setId("publish-dialog");
        d.setWidth("min(640px, 96vw)");
        Select<DraftSummary> draft = new Select<>();
        draft.setLabel("Draft");
        draft.setId("publish-draft");
        draft.setItems(drafting.drafts());
        draft.setItemLabelGenerator(x -> x.reference() + " — " + x.title());
        draft.setWidthFull();
        Select<String> version = new Select<>();
        version.setLabel("Frozen version");
        version.setId("publish-version");
        Paragraph ballot = new Paragraph();
        ballot.setId("publish-ballot");
        ballot.getElement().setAttribute("aria-live", "polite");
        TextArea rationale = new TextArea("Override rationale (published with the text)");
        rationale.setId("publish-rationale");
        rationale.setWidthFull();
        rationale.setVisible(false);
        draft.addValueChangeListener(e -> {
            version.clear();
            version.setItems(e.getValue() == null ? List.of() : versions.versions(e.getValue().id()).stream()
                    .map(VersionSummary::label).toList());
        });
        version.addValueChangeListener(e -> {
            if (draft.getValue() == null || e.getValue() == null) {
                ballot.setText("");
                return;
            }
            PublishingService.BallotCheck check = publishing.ballotCheck(draft.getValue().id(), e.getValue());
            ballot.setText(check.text() + (check.passed() ? " It can be published."
                    : " Publishing it anyway needs a rationale, which readers will see."));
            rationale.setVisible(!check.passed());
        });
        Button go = new Button("Publish", e -> {
            if (draft.getValue() == null || version.getValue() == null) {
                UiText.notify("Choose the draft and the frozen version.", true);
                return;
            }
            try {
                PublicationSummary p = publishing.publish(new NewPublication(draft.getValue().id(), version.getValue(),
                        rationale.isVisible() ? rationale.getValue() : null));
                d.close();
                UiText.notify(p.designation() + " (" + p.urn() + ") is being generated.", false);
                refresh();
            } catch (InvalidInputException ex) {
                UiText.notify(ex.getMessage(), true);
            }
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(draft, version, ballot, rationale);
        d.getFooter().add(new Button("Cancel", e -> d.close()), go);
        d.open();
    }

    private void withdrawDialog(PublicationSummary p) {
        Dialog d = new Dialog();
        d.setHeaderTitle("Withdraw " + p.designation());
        TextArea reason = new TextArea("Reason (shown to readers)");
        reason.setWidthFull();
        d.add(new Paragraph("A withdrawn publication stays readable with a banner; nothing is deleted."), reason);
        Button go = new Button("Withdraw", e -> run(() -> publishing.withdraw(p.id(), reason.getValue()), "Withdrawn."));
        go.addClickListener(e -> d.close());
        go.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button("Cancel", e -> d.close()), go);
        d.open();
    }

    private void run(Runnable action, String done) {
        try {
            action.run();
            UiText.notify(done, false);
        } catch (InvalidInputException ex) {
            UiText.notify(ex.getMessage(), true);
        }
        refresh();
    }
}
