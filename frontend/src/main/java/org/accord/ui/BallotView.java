package org.accord.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.*;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import org.accord.balloting.BallotResult;
import org.accord.balloting.BallotService;
import org.accord.balloting.BallotSummary;
import org.accord.balloting.tally.RuleSpec;
import org.accord.commenting.CommentingService;
import org.accord.drafting.DraftSummary;
import org.accord.drafting.DraftingService;
import org.accord.shared.InvalidInputException;
import org.accord.shared.security.WorkingGroupAccess;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.*;

/**
 * One ballot round: the voter's ballot paper while it is open, the secretariat's close and extension, the published
 * result after the close, and a receipt check for anyone.
 */
@Route("ballots/:wg/:ballot")
@PageTitle("Ballot · Accord")
@PermitAll
public class BallotView extends Main implements BeforeEnterObserver {

    static final String VERIFY_COMMAND = "java -cp accord.jar -Dloader.main=org.accord.balloting.ledger.BallotVerifierCli "
            + "org.springframework.boot.loader.launch.PropertiesLauncher export.json";

    private final BallotService ballots;
    private final DraftingService drafting;
    private final CommentingService commenting;
    private final WorkingGroupAccess access;
    private final Div content = new Div();
    private UUID wg;
    private UUID ballotId;
    private String shownStatus;
    private final BallotUpdates updates;
    private com.vaadin.flow.shared.Registration updatesRegistration;

    BallotView(BallotService ballots, DraftingService drafting, CommentingService commenting, WorkingGroupAccess access,
               BallotUpdates updates) {
        this.updates = updates;
        this.ballots = ballots;
        this.drafting = drafting;
        this.commenting = commenting;
        this.access = access;
        addClassNames("page", "ballot-view");
        add(content);
    }

    static RouteParameters params(UUID wg, UUID ballot) {
        return new RouteParameters(Map.of("wg", wg.toString(), "ballot", ballot.toString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = event.getRouteParameters().get("ballot").flatMap(WorkingGroupSelect::uuid);
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "No such ballot");
            return;
        }
        try {
            BallotSummary b = ballots.ballot(id.get());
            ballotId = b.id();
            wg = b.workingGroupId();
            render(b);
        } catch (org.accord.shared.NotFoundException e) {
            event.rerouteToError(NotFoundException.class, "No such ballot");
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class, e.getMessage());
        }
    }

    private void reload() {
        render(ballots.ballot(ballotId));
    }

    // Votes on any node move the turnout; a close (or reopening) re-renders the page with the result.
    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        com.vaadin.flow.component.UI ui = attachEvent.getUI();
        if (ballotId != null) {
            updatesRegistration = updates.register(ballotId, e -> ui.access(() -> {
                BallotSummary now = ballots.ballot(ballotId);
                if (!now.status().equals(shownStatus)) {
                    render(now);
                } else if (turnout != null) {
                    turnout.setText(turnoutText(now));
                }
            }));
        }
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        if (updatesRegistration != null) {
            updatesRegistration.remove();
            updatesRegistration = null;
        }
    }

    private Span turnout;

    private static String turnoutText(BallotSummary b) {
        return b.votersWhoVoted() + " of " + b.voters() + " voters have voted";
    }

    private void render(BallotSummary b) {
        shownStatus = b.status();
        content.removeAll();
        boolean staff = access.isStaff();
        DraftSummary draft = b.draftId() == null ? null : drafting.draft(b.draftId());
        RouterLink back = new RouterLink("← All ballots of this working group", BallotsView.class, BallotsView.params(wg));
        content.add(back, new H1("Ballot " + b.number() + ": " + b.title()));
        content.add(facts(b, draft));
        content.add(ParticipationPanel.forBallot(ballots, access, b));

        boolean open = "OPEN".equals(b.status());
        if (open) {
            if (b.callerIsVoter()) {
                content.add(new BallotVotePanel(ballots, commenting, drafting, b,
                        () -> turnout.setText(turnoutText(ballots.ballot(ballotId)))));
            } else {
                Paragraph p = new Paragraph("You are not on the voter list of this round: the voters are the members "
                        + "seated when it opened. The result is published here at the close.");
                p.addClassName("meta");
                content.add(p);
            }
            if (staff) {
                content.add(staffControls(b));
            }
        } else {
            content.add(result(b, staff));
        }
        content.add(receiptChecker());
    }

    private Component facts(BallotSummary b, DraftSummary draft) {
        Div facts = new Div();
        facts.addClassName("ballot-facts");
        if (draft != null) {
            RouterLink link = new RouterLink(b.versionLabel() + " of " + draft.reference() + " " + draft.title(),
                    DraftView.class, DraftView.params(draft.id()));
            link.setQueryParameters(QueryParameters.of("version", b.versionLabel()));
            facts.add(fact("On", link));
        } else {
            Paragraph motion = new Paragraph(b.motion());
            motion.addClassName("ballot-motion");
            facts.add(fact("Motion", motion));
        }
        RuleSpec.Preset preset = RuleSpec.Preset.valueOf(b.preset());
        facts.add(fact("Rule", new Span(BallotLabels.preset(preset))));
        facts.add(fact("Weighting", new Span(BallotLabels.weighting(b.weighting()))));
        facts.add(fact("Ballot", new Span(b.secret() ? "Secret: the result does not name who voted how"
                : "Open: negative votes are published with the voter's name")));
        Span window = new Span(BallotLabels.window(b));
        // each reader also sees the window in their own time zone
        window.getElement().executeJs("const f = d => new Date(d).toLocaleString(undefined, "
                + "{dateStyle: 'medium', timeStyle: 'short'}); this.textContent = this.textContent + ' (your time: '"
                + " + f($0) + ' to ' + f($1) + ')'", b.opensAt().toString(), b.closesAt().toString());
        facts.add(fact("Window", window));
        Span status = new Span(BallotLabels.status(b, Instant.now()));
        status.setId("ballot-status");
        facts.add(fact("Status", status));
        turnout = new Span(turnoutText(b));
        turnout.setId("ballot-turnout");
        facts.add(fact("Turnout", turnout));
        return facts;
    }

    private static Div fact(String label, Component value) {
        Span l = new Span(label);
        l.addClassName("field-label");
        Div d = new Div(l, value);
        d.addClassName("ballot-fact");
        return d;
    }

    // ------------------------------------------------------------------ secretariat

    private Component staffControls(BallotSummary b) {
        Div box = new Div();
        box.addClassNames("panel", "ballot-staff");
        box.add(new H2("Secretariat"));
        Button close = new Button("Close ballot now", e -> {
            ConfirmDialog d = new ConfirmDialog();
            d.setHeader("Close ballot " + b.number() + " now?");
            d.setText("Voting ends now, before the scheduled close at " + UiText.utc(b.closesAt())
                    + ". The result and the vote log are published. This cannot be undone.");
            d.setCancelable(true);
            d.setConfirmText("Close ballot");
            d.setConfirmButtonTheme("error primary");
            d.addConfirmListener(ev -> {
                try {
                    ballots.close(ballotId);
                    UiText.notify("Ballot " + b.number() + " closed; the result is published", false);
                } catch (InvalidInputException ex) {
                    UiText.notify(ex.getMessage(), true);
                }
                reload();
            });
            d.open();
        });
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.setId("close-ballot");
        Button extend = new Button("Extend close", e -> extendDialog(b, "Extend the close of ballot " + b.number()));
        extend.setId("extend-ballot");
        Div buttons = new Div(close, extend);
        buttons.addClassName("toolbar");
        box.add(new Paragraph("The round closes by itself at " + UiText.utc(b.closesAt())
                + " for voting; closing publishes the result."), buttons);
        return box;
    }

    private void extendDialog(BallotSummary b, String title) {
        Dialog d = new Dialog();
        d.setHeaderTitle(title);
        DateTimePicker when = BallotOpenDialog.utcPicker("New close (UTC)");
        LocalDateTime current = LocalDateTime.ofInstant(b.closesAt(), ZoneOffset.UTC);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        when.setValue((current.isAfter(now) ? current : now).plusDays(7));
        when.setHelperText("Currently " + UiText.utc(b.closesAt()) + "; the new close must be later and in the future");
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("aria-live", "assertive");
        d.add(when, error);
        Button ok = new Button("Set new close", e -> {
            try {
                ballots.extend(ballotId, when.getValue() == null ? null : when.getValue().toInstant(ZoneOffset.UTC));
                d.close();
                UiText.notify("Ballot " + b.number() + " now closes at "
                        + UiText.utc(when.getValue().toInstant(ZoneOffset.UTC)), false);
                reload();
            } catch (InvalidInputException ex) {
                error.setText(ex.getMessage());
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button("Cancel", e -> d.close()), ok);
        d.open();
    }

    // ------------------------------------------------------------------ result

    private Component result(BallotSummary b, boolean staff) {
        Div box = new Div();
        box.addClassName("ballot-result");
        BallotResult r;
        try {
            r = ballots.result(ballotId);
        } catch (InvalidInputException e) {
            box.add(new Paragraph(e.getMessage()));
            return box;
        }
        Span outcome = BallotLabels.outcomeBadge(r.outcome());
        outcome.setId("ballot-outcome");
        outcome.addClassName("outcome");
        H2 heading = new H2("Result");
        Div head = new Div(heading, outcome);
        head.addClassName("compliance-head");
        box.add(head);
        if ("NOT_VALID".equals(r.outcome())) {
            box.add(new Paragraph("A validity condition (such as a participation quota) was not met, so the round "
                    + "decides nothing." + (staff ? " The secretariat may reopen it with a later close." : "")));
            if (staff) {
                Button reopen = new Button("Reopen with a later close", e -> extendDialog(b, "Reopen ballot " + b.number()));
                reopen.setId("reopen-ballot");
                box.add(reopen);
            }
        }
        if (staff && b.draftId() != null && !"NOT_VALID".equals(r.outcome())) {
            boolean passed = "PASSED".equals(r.outcome());
            Button feed = new Button(passed ? "Advance the draft (approved to proceed)"
                    : "Return the draft with the negative comments", e -> {
                try {
                    String stage = ballots.feedDraft(ballotId);
                    UiText.notify("The draft moved to stage " + stage, false);
                } catch (InvalidInputException ex) {
                    UiText.notify(ex.getMessage(), true);
                }
            });
            feed.setId("feed-draft");
            box.add(feed);
        }

        box.add(new H3("Criteria"));
        BallotTable criteria = new BallotTable("Criteria of the rule", "Criterion", "Status", "Numbers");
        criteria.setId("ballot-criteria");
        for (BallotResult.CriterionRow c : r.criteria()) {
            Span s = new Span(c.passed() ? "✓ Met" : "✗ Not met");
            s.addClassNames("badge", c.passed() ? "ok" : "bad");
            criteria.row(new Span(c.name()), s, new Span(c.text()));
        }
        box.add(criteria);

        boolean weighted = BallotLabels.weighted(b);
        box.add(new H3("Votes"), new BallotChart(r.overall(), weighted));

        if (!r.chambers().isEmpty()) {
            box.add(new H3("By chamber"));
            BallotTable t = new BallotTable("Votes by chamber", "Chamber", "Approve", "Disapprove",
                    "Disapprove without reasons", "Abstain", "Did not vote", "Approve weight", "Disapprove weight");
            for (BallotResult.ChamberRow c : r.chambers()) {
                BallotResult.Counts n = c.counts();
                t.textRow(c.chamber(), n.approve(), n.disapprove(), n.disapproveWithoutReasons(), n.abstain(), n.absent(),
                        n.approveWeight(), n.disapproveWeight());
            }
            box.add(t);
        }
        if (!r.constituencies().isEmpty()) {
            box.add(new H3("By constituency"));
            BallotTable t = new BallotTable("Participation by constituency", "Constituency", "Members", "Votes cast");
            r.constituencies().forEach(c -> t.textRow(c.label() == null ? c.constituency() : c.label(), c.members(), c.votesCast()));
            box.add(t);
        }

        box.add(new H3("Negative votes"));
        if (r.negativeVotes().isEmpty()) {
            box.add(new Paragraph("There were no negative votes."));
        } else {
            BallotTable t = new BallotTable("Negative votes", "Voter", "Reasons", "Counted", "Technical comments");
            for (BallotResult.NegativeRow n : r.negativeVotes()) {
                t.textRow(n.voter() == null ? "Not named (secret ballot)" : n.voter(),
                        n.reasoned() ? "With technical reasons" : "Without reasons",
                        n.counted() ? "Counted" : "Not counted",
                        n.comments().isEmpty() ? "—" : String.join(", ", n.comments().stream().map(this::commentLabel).toList()));
            }
            box.add(t);
        }

        if (!r.power().isEmpty()) {
            box.add(new H3("Voting power (Banzhaf index)"));
            box.add(new Paragraph("How often each member's vote can turn a losing coalition into a winning one. "
                    + "Weight and power differ: a member can carry weight and still never decide anything."));
            r.power().stream().filter(BallotResult.PowerRow::zeroPower).forEach(p -> {
                Paragraph w = new Paragraph("⚠ " + p.name() + " has weight " + p.weight()
                        + " but no voting power: no outcome ever depends on their vote.");
                w.addClassName("ballot-warning");
                box.add(w);
            });
            BallotTable t = new BallotTable("Voting power", "Member", "Weight", "Power", "Note");
            r.power().forEach(p -> t.textRow(p.name(), p.weight(), String.format(Locale.ROOT, "%.1f %%", 100 * p.power()),
                    p.zeroPower() ? "⚠ zero power despite weight" : ""));
            box.add(t);
        }

        if (!r.notes().isEmpty()) {
            box.add(new H3("Notes"));
            UnorderedList notes = new UnorderedList();
            r.notes().forEach(n -> notes.add(new ListItem(n)));
            box.add(notes);
        }

        box.add(new H3("Verify it yourself"));
        Paragraph head2 = new Paragraph(new Span("Head of the vote log: "), code(r.headHash()));
        head2.setId("ballot-head-hash");
        String fileName = "ballot-" + b.number() + "-export.json";
        Anchor download = new Anchor(DownloadHandler.fromInputStream(ev -> {
            byte[] json = ballots.export(ballotId).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(json), fileName, "application/json", json.length);
        }), "Download export (JSON)");
        download.getElement().setAttribute("download", true);
        download.setId("download-export");
        Paragraph how = new Paragraph(new Span("The export holds the rule, the voters as tokens, the log and the tally. "
                + "To recompute the chain and the tally independently, run:"), command(VERIFY_COMMAND));
        how.addClassName("meta");
        box.add(head2, download, how);
        return box;
    }

    private String commentLabel(String id) {
        try {
            return commenting.detail(UUID.fromString(id)).comment().commentId();
        } catch (RuntimeException e) {
            return id;
        }
    }

    static Component code(String text) {
        Span s = new Span(text == null ? "" : text);
        s.addClassName("hash");
        return s;
    }

    private static Component command(String text) {
        Span s = new Span(text);
        s.addClassNames("hash", "command");
        return s;
    }

    // ------------------------------------------------------------------ receipts

    private Component receiptChecker() {
        Div box = new Div();
        box.addClassNames("panel", "receipt-checker");
        box.add(new H2("Check a receipt"));
        box.add(new Paragraph("Anyone can check that a vote is in the log unchanged: enter the log position and the "
                + "entry hash from the receipt."));
        TextField position = new TextField("Log position");
        position.setId("check-position");
        position.setWidth("10em");
        TextField hash = new TextField("Entry hash");
        hash.setId("check-hash");
        hash.setWidth("min(100%, 40em)");
        Span result = new Span();
        result.setId("receipt-check");
        result.getElement().setAttribute("aria-live", "polite");
        Button check = new Button("Check receipt", e -> {
            result.removeClassNames("ok", "bad");
            long pos;
            try {
                pos = Long.parseLong(position.getValue().strip());
            } catch (NumberFormatException ex) {
                position.setErrorMessage("A whole number, e.g. 3");
                position.setInvalid(true);
                return;
            }
            position.setInvalid(false);
            boolean ok = ballots.checkReceipt(ballotId, pos, hash.getValue().strip().toLowerCase(Locale.ROOT));
            result.setText(ok ? "✓ In the log, unchanged" : "✗ Not found: no entry at this position has this hash");
            result.addClassNames("badge", ok ? "ok" : "bad");
        });
        check.setId("check-receipt");
        Div row = new Div(position, hash, check);
        row.addClassName("form-row");
        box.add(row, result);
        return box;
    }
}
