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
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(order = 6, title = "Publications", icon = "vaadin:book")
@RolesAllowed({"ADMIN", "SECRETARIAT"})
public class PublicationsView extends Main implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return UiText.t("publishing.title") + " · Accord";
    }

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
        Button publish = new Button(UiText.t("publishing.publish-version"), e -> publishDialog());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor publicLink = new Anchor("/standards", UiText.t("publishing.public-catalogue"));
        publicLink.setTarget("_blank");
        Div toolbar = new Div(publish, publicLink);
        toolbar.addClassName("draft-toolbar");
        grid.setId("publications");
        grid.addColumn(PublicationSummary::designation).setHeader(UiText.t("publishing.publication")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PublicationSummary::title).setHeader(UiText.t("publishing.column.title")).setFlexGrow(2);
        grid.addColumn(PublicationSummary::versionLabel).setHeader(UiText.t("publishing.version")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> status(p.status()) + (p.statusReason() == null ? "" : ": " + p.statusReason())).setHeader(UiText.t("publishing.status")).setFlexGrow(2);
        grid.addColumn(p -> p.overridden() ? UiText.t("publishing.ballot.override") : p.ballotOutcome() == null ? "" : outcome(p.ballotOutcome()))
                .setHeader(UiText.t("publishing.ballot")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Timestamps.localAndUtc(p.publishedAt())).setHeader(UiText.t("publishing.published")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        generating.setId("generation");
        add(new H2(UiText.t("publishing.title")), toolbar, generating, grid);
        refresh();
    }

    private Div actions(PublicationSummary p) {
        Div d = new Div();
        if (!p.status().equals("generating") && !p.status().equals("failed")) {
            Anchor read = new Anchor("/standards/" + p.id(), UiText.t("publishing.read"));
            read.setTarget("_blank");
            d.add(read);
        }
        if (p.status().equals("published") || p.status().equals("superseded")) {
            Button withdraw = new Button(UiText.t("publishing.withdraw.button"), e -> withdrawDialog(p));
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            d.add(withdraw);
        }
        if (p.status().equals("failed")) {
            Button retry = new Button(UiText.t("publishing.retry"), e -> run(() -> publishing.retry(p.id()), UiText.t("publishing.retrying")));
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
                bar.getElement().setAttribute("aria-label", UiText.t("publishing.generating.aria", p.designation()));
                generating.add(new Paragraph(UiText.t("publishing.generating", p.designation())), bar);
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
        d.setHeaderTitle(UiText.t("publishing.dialog.title"));
        d.setId("publish-dialog");
        d.setWidth("min(640px, 96vw)");
        Select<DraftSummary> draft = new Select<>();
        draft.setLabel(UiText.t("publishing.draft"));
        draft.setId("publish-draft");
        draft.setItems(drafting.drafts());
        draft.setItemLabelGenerator(x -> x.reference() + " — " + x.title());
        draft.setWidthFull();
        Select<String> version = new Select<>();
        version.setLabel(UiText.t("publishing.frozen-version"));
        version.setId("publish-version");
        Paragraph ballot = new Paragraph();
        ballot.setId("publish-ballot");
        ballot.getElement().setAttribute("aria-live", "polite");
        TextArea rationale = new TextArea(UiText.t("publishing.override-rationale"));
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
            ballot.setText(ballotCheck(check.text()) + " " + (check.passed() ? UiText.t("publishing.check.can-publish")
                    : UiText.t("publishing.check.needs-rationale")));
            rationale.setVisible(!check.passed());
        });
        Button go = new Button(UiText.t("publishing.publish"), e -> {
            if (draft.getValue() == null || version.getValue() == null) {
                UiText.notify(UiText.t("publishing.choose"), true);
                return;
            }
            try {
                PublicationSummary p = publishing.publish(new NewPublication(draft.getValue().id(), version.getValue(),
                        rationale.isVisible() ? rationale.getValue() : null));
                d.close();
                UiText.notify(UiText.t("publishing.being-generated", p.designation(), p.urn()), false);
                refresh();
            } catch (InvalidInputException ex) {
                UiText.notify(UiText.problem(ex), true);
            }
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(draft, version, ballot, rationale);
        d.getFooter().add(new Button(UiText.t("publishing.cancel"), e -> d.close()), go);
        d.open();
    }

    private void withdrawDialog(PublicationSummary p) {
        Dialog d = new Dialog();
        d.setHeaderTitle(UiText.t("publishing.withdraw.title", p.designation()));
        TextArea reason = new TextArea(UiText.t("publishing.withdraw.reason"));
        reason.setWidthFull();
        d.add(new Paragraph(UiText.t("publishing.withdraw.text")), reason);
        Button go = new Button(UiText.t("publishing.withdraw"), e -> run(() -> publishing.withdraw(p.id(), reason.getValue()), UiText.t("publishing.withdrawn")));
        go.addClickListener(e -> d.close());
        go.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(UiText.t("publishing.cancel"), e -> d.close()), go);
        d.open();
    }

    private void run(Runnable action, String done) {
        try {
            action.run();
            UiText.notify(done, false);
        } catch (InvalidInputException ex) {
            UiText.notify(UiText.problem(ex), true);
        }
        refresh();
    }

    /** A publication's state ("published", "withdrawn"…) in the page's language. */
    static String status(String status) {
        return switch (status) {
            case "generating" -> UiText.t("publishing.status.generating");
            case "failed" -> UiText.t("publishing.status.failed");
            case "published" -> UiText.t("publishing.status.published");
            case "superseded" -> UiText.t("publishing.status.superseded");
            case "withdrawn" -> UiText.t("publishing.status.withdrawn");
            default -> status;
        };
    }

    /** The approval ballot's outcome (PASSED, FAILED, NOT_VALID) in the page's language. */
    static String outcome(String outcome) {
        return switch (outcome.toUpperCase(java.util.Locale.ROOT)) {
            case "PASSED" -> UiText.t("publishing.outcome.passed");
            case "FAILED" -> UiText.t("publishing.outcome.failed");
            case "NOT_VALID" -> UiText.t("publishing.outcome.not-valid");
            default -> outcome.toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static final java.util.regex.Pattern BALLOT_ON = java.util.regex.Pattern.compile("Ballot (.+) on (.+): (.+)\\.");
    private static final java.util.regex.Pattern NO_BALLOT_ON = java.util.regex.Pattern.compile("No closed approval ballot on (.+)\\.");

    /**
     * The service's ballot check ("Ballot 3 on CD 2: passed." or "No closed approval ballot on WD 1.") in the page's
     * language; a text of another shape is shown as it is.
     */
    static String ballotCheck(String text) {
        java.util.regex.Matcher m = NO_BALLOT_ON.matcher(text);
        if (m.matches()) {
            return UiText.t("publishing.check.no-ballot", m.group(1));
        }
        m = BALLOT_ON.matcher(text);
        if (m.matches()) {
            return UiText.t("publishing.check.ballot", m.group(1), m.group(2), outcome(m.group(3).replace(' ', '_')));
        }
        return text;
    }
}
