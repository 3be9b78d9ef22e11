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
@PermitAll
public class BallotView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return UiText.t("balloting.ballot.title") + " · Accord";
    }


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
            event.rerouteToError(NotFoundException.class, UiText.t("balloting.ballot.not-found"));
            return;
        }
        try {
            BallotSummary b = ballots.ballot(id.get());
            ballotId = b.id();
            wg = b.workingGroupId();
            render(b);
        } catch (org.accord.shared.NotFoundException e) {
            event.rerouteToError(NotFoundException.class, UiText.t("balloting.ballot.not-found"));
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class, UiText.problem(e));
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
        return UiText.t("balloting.turnout", b.votersWhoVoted(), b.voters());
    }

    private void render(BallotSummary b) {
        shownStatus = b.status();
        content.removeAll();
        boolean staff = access.isStaff();
        DraftSummary draft = b.draftId() == null ? null : drafting.draft(b.draftId());
        RouterLink back = new RouterLink(UiText.t("balloting.ballot.back"), BallotsView.class, BallotsView.params(wg));
        content.add(back, new H1(UiText.t("balloting.ballot.heading", String.valueOf(b.number()), b.title())));
        content.add(facts(b, draft));
        content.add(ParticipationPanel.forBallot(ballots, access, b));

        boolean open = "OPEN".equals(b.status());
        if (open) {
            if (b.callerIsVoter()) {
                content.add(new BallotVotePanel(ballots, commenting, drafting, b,
                        () -> turnout.setText(turnoutText(ballots.ballot(ballotId)))));
            } else {
                Paragraph p = new Paragraph(UiText.t("balloting.ballot.not-voter"));
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
            RouterLink link = new RouterLink(UiText.t("balloting.subject.version-of", b.versionLabel(), draft.reference()) + " " + draft.title(),
                    DraftView.class, DraftView.params(draft.id()));
            link.setQueryParameters(QueryParameters.of("version", b.versionLabel()));
            facts.add(fact(UiText.t("balloting.fact.on"), link));
        } else {
            Paragraph motion = new Paragraph(b.motion());
            motion.addClassName("ballot-motion");
            facts.add(fact(UiText.t("balloting.open.motion"), motion));
        }
        RuleSpec.Preset preset = RuleSpec.Preset.valueOf(b.preset());
        facts.add(fact(UiText.t("balloting.fact.rule"), new Span(BallotLabels.preset(preset))));
        facts.add(fact(UiText.t("balloting.fact.weighting"), new Span(BallotLabels.weighting(b.weighting()))));
        facts.add(fact(UiText.t("balloting.fact.ballot"), new Span(b.secret() ? UiText.t("balloting.fact.ballot.secret")
                : UiText.t("balloting.fact.ballot.open"))));
        // each reader also sees the window in their own time zone, in their language
        Span window = BallotLabels.window(b);
        facts.add(fact(UiText.t("balloting.fact.window"), window));
        Span status = new Span(BallotLabels.status(b, Instant.now()));
        status.setId("ballot-status");
        facts.add(fact(UiText.t("balloting.fact.status"), status));
        turnout = new Span(turnoutText(b));
        turnout.setId("ballot-turnout");
        facts.add(fact(UiText.t("balloting.fact.turnout"), turnout));
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
        box.add(new H2(UiText.t("balloting.staff")));
        Button close = new Button(UiText.t("balloting.staff.close-now"), e -> {
            ConfirmDialog d = new ConfirmDialog();
            d.setHeader(UiText.t("balloting.staff.close.header", String.valueOf(b.number())));
            d.setText(UiText.t("balloting.staff.close.text", LocalAndUtc.text(b.closesAt())));
            d.setCancelable(true);
            d.setConfirmText(UiText.t("balloting.staff.close.confirm"));
            d.setCancelText(UiText.t("balloting.cancel"));
            d.setConfirmButtonTheme("error primary");
            d.addConfirmListener(ev -> {
                try {
                    ballots.close(ballotId);
                    UiText.notify(UiText.t("balloting.staff.closed", String.valueOf(b.number())), false);
                } catch (InvalidInputException ex) {
                    UiText.notify(UiText.problem(ex), true);
                }
                reload();
            });
            d.open();
        });
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.setId("close-ballot");
        Button extend = new Button(UiText.t("balloting.staff.extend"), e -> extendDialog(b, UiText.t("balloting.staff.extend.title", String.valueOf(b.number()))));
        extend.setId("extend-ballot");
        Div buttons = new Div(close, extend);
        buttons.addClassName("toolbar");
        Paragraph closesItself = new Paragraph(UiText.t("balloting.staff.closes-itself.before") + " ");
        closesItself.add(LocalAndUtc.moment(b.closesAt()));
        closesItself.add(new Span(" " + UiText.t("balloting.staff.closes-itself.after")));
        box.add(closesItself, buttons);
        return box;
    }

    private void extendDialog(BallotSummary b, String title) {
        Dialog d = new Dialog();
        d.setHeaderTitle(title);
        DateTimePicker when = BallotOpenDialog.utcPicker(UiText.t("balloting.extend.when"));
        LocalDateTime current = LocalDateTime.ofInstant(b.closesAt(), ZoneOffset.UTC);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        when.setValue((current.isAfter(now) ? current : now).plusDays(7));
        when.setHelperText(UiText.t("balloting.extend.helper", LocalAndUtc.text(b.closesAt())));
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("aria-live", "assertive");
        d.add(when, error);
        Button ok = new Button(UiText.t("balloting.extend.set"), e -> {
            try {
                ballots.extend(ballotId, when.getValue() == null ? null : when.getValue().toInstant(ZoneOffset.UTC));
                d.close();
                UiText.notify(UiText.t("balloting.extend.done", String.valueOf(b.number()),
                        UiText.utc(when.getValue().toInstant(ZoneOffset.UTC))), false);
                reload();
            } catch (InvalidInputException ex) {
                error.setText(UiText.problem(ex));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(UiText.t("balloting.cancel"), e -> d.close()), ok);
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
            box.add(new Paragraph(UiText.problem(e)));
            return box;
        }
        Span outcome = BallotLabels.outcomeBadge(r.outcome());
        outcome.setId("ballot-outcome");
        outcome.addClassName("outcome");
        H2 heading = new H2(UiText.t("balloting.result"));
        Div head = new Div(heading, outcome);
        head.addClassName("compliance-head");
        box.add(head);
        if ("NOT_VALID".equals(r.outcome())) {
            box.add(new Paragraph(UiText.t("balloting.result.not-valid")
                    + (staff ? " " + UiText.t("balloting.result.not-valid.staff") : "")));
            if (staff) {
                Button reopen = new Button(UiText.t("balloting.result.reopen"), e -> extendDialog(b, UiText.t("balloting.result.reopen.title", String.valueOf(b.number()))));
                reopen.setId("reopen-ballot");
                box.add(reopen);
            }
        }
        if (staff && b.draftId() != null && !"NOT_VALID".equals(r.outcome())) {
            boolean passed = "PASSED".equals(r.outcome());
            Button feed = new Button(passed ? UiText.t("balloting.result.advance")
                    : UiText.t("balloting.result.return"), e -> {
                try {
                    String stage = ballots.feedDraft(ballotId);
                    UiText.notify(UiText.t("balloting.result.moved", stage), false);
                } catch (InvalidInputException ex) {
                    UiText.notify(UiText.problem(ex), true);
                }
            });
            feed.setId("feed-draft");
            box.add(feed);
        }

        box.add(new H3(UiText.t("balloting.criteria")));
        BallotTable criteria = new BallotTable(UiText.t("balloting.criteria.caption"), UiText.t("balloting.criteria.criterion"),
                UiText.t("balloting.fact.status"), UiText.t("balloting.criteria.numbers"));
        criteria.setId("ballot-criteria");
        for (BallotResult.CriterionRow c : r.criteria()) {
            Span s = new Span(c.passed() ? UiText.t("balloting.criteria.met") : UiText.t("balloting.criteria.not-met"));
            s.addClassNames("badge", c.passed() ? "ok" : "bad");
            criteria.row(new Span(c.name()), s, new Span(c.text()));
        }
        box.add(criteria);

        boolean weighted = BallotLabels.weighted(b);
        box.add(new H3(UiText.t("balloting.votes")), new BallotChart(r.overall(), weighted));

        if (!r.chambers().isEmpty()) {
            box.add(new H3(UiText.t("balloting.chambers")));
            BallotTable t = new BallotTable(UiText.t("balloting.chambers.caption"), UiText.t("balloting.chambers.chamber"),
                    UiText.t("balloting.position.approve"), UiText.t("balloting.position.disapprove"),
                    UiText.t("balloting.chambers.unreasoned"), UiText.t("balloting.position.abstain"),
                    UiText.t("balloting.chart.absent"), UiText.t("balloting.chambers.approve-weight"),
                    UiText.t("balloting.chambers.disapprove-weight"));
            for (BallotResult.ChamberRow c : r.chambers()) {
                BallotResult.Counts n = c.counts();
                t.textRow(c.chamber(), BallotLabels.number(n.approve()), BallotLabels.number(n.disapprove()),
                        BallotLabels.number(n.disapproveWithoutReasons()), BallotLabels.number(n.abstain()),
                        BallotLabels.number(n.absent()), n.approveWeight(), n.disapproveWeight());
            }
            box.add(t);
        }
        if (!r.constituencies().isEmpty()) {
            box.add(new H3(UiText.t("balloting.constituencies")));
            BallotTable t = new BallotTable(UiText.t("balloting.constituencies.caption"), UiText.t("balloting.constituencies.constituency"),
                    UiText.t("balloting.constituencies.members"), UiText.t("balloting.constituencies.votes-cast"));
            r.constituencies().forEach(c -> t.textRow(c.label() == null ? c.constituency() : c.label(),
                    BallotLabels.number(c.members()), BallotLabels.number(c.votesCast())));
            box.add(t);
        }

        box.add(new H3(UiText.t("balloting.negative")));
        if (r.negativeVotes().isEmpty()) {
            box.add(new Paragraph(UiText.t("balloting.negative.none")));
        } else {
            BallotTable t = new BallotTable(UiText.t("balloting.negative"), UiText.t("balloting.negative.voter"),
                    UiText.t("balloting.negative.reasons"), UiText.t("balloting.negative.counted"), UiText.t("balloting.negative.comments"));
            for (BallotResult.NegativeRow n : r.negativeVotes()) {
                t.textRow(n.voter() == null ? UiText.t("balloting.negative.not-named") : n.voter(),
                        n.reasoned() ? UiText.t("balloting.negative.with-reasons") : UiText.t("balloting.negative.without-reasons"),
                        n.counted() ? UiText.t("balloting.negative.counted") : UiText.t("balloting.negative.not-counted"),
                        n.comments().isEmpty() ? "—" : String.join(", ", n.comments().stream().map(this::commentLabel).toList()));
            }
            box.add(t);
        }

        if (!r.power().isEmpty()) {
            box.add(new H3(UiText.t("balloting.power")));
            box.add(new Paragraph(UiText.t("balloting.power.intro")));
            r.power().stream().filter(BallotResult.PowerRow::zeroPower).forEach(p -> {
                Paragraph w = new Paragraph("⚠ " + UiText.t("balloting.power.zero-warning", p.name(), p.weight()));
                w.addClassName("ballot-warning");
                box.add(w);
            });
            BallotTable t = new BallotTable(UiText.t("balloting.power.caption"), UiText.t("balloting.power.member"),
                    UiText.t("balloting.power.weight"), UiText.t("balloting.power.power"), UiText.t("balloting.power.note"));
            r.power().forEach(p -> t.textRow(p.name(), p.weight(), UiText.t("balloting.power.percent", 100 * p.power()),
                    p.zeroPower() ? "⚠ " + UiText.t("balloting.power.zero-note") : ""));
            box.add(t);
        }

        if (!r.notes().isEmpty()) {
            box.add(new H3(UiText.t("balloting.notes")));
            UnorderedList notes = new UnorderedList();
            r.notes().forEach(n -> notes.add(new ListItem(n)));
            box.add(notes);
        }

        box.add(new H3(UiText.t("balloting.verify")));
        Paragraph head2 = new Paragraph(new Span(UiText.t("balloting.verify.head") + " "), code(r.headHash()));
        head2.setId("ballot-head-hash");
        String fileName = "ballot-" + b.number() + "-export.json";
        Anchor download = new Anchor(DownloadHandler.fromInputStream(ev -> {
            byte[] json = ballots.export(ballotId).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(json), fileName, "application/json", json.length);
        }), UiText.t("balloting.verify.download"));
        download.getElement().setAttribute("download", true);
        download.setId("download-export");
        Paragraph how = new Paragraph(new Span(UiText.t("balloting.verify.how")), command(VERIFY_COMMAND));
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
        s.getElement().setAttribute("dir", "ltr"); // hashes and ids read left to right, verbatim, in every language
        return s;
    }

    private static Component command(String text) {
        Span s = new Span(text);
        s.addClassNames("hash", "command");
        s.getElement().setAttribute("dir", "ltr");
        return s;
    }

    // ------------------------------------------------------------------ receipts

    private Component receiptChecker() {
        Div box = new Div();
        box.addClassNames("panel", "receipt-checker");
        box.add(new H2(UiText.t("balloting.check")));
        box.add(new Paragraph(UiText.t("balloting.check.intro")));
        TextField position = new TextField(UiText.t("balloting.receipt.position"));
        position.setId("check-position");
        position.setWidth("10em");
        TextField hash = new TextField(UiText.t("balloting.receipt.hash"));
        hash.setId("check-hash");
        hash.getElement().setAttribute("dir", "ltr");
        hash.setWidth("min(100%, 40em)");
        Span result = new Span();
        result.setId("receipt-check");
        result.getElement().setAttribute("aria-live", "polite");
        Button check = new Button(UiText.t("balloting.check.button"), e -> {
            result.removeClassNames("ok", "bad");
            long pos;
            try {
                pos = Long.parseLong(position.getValue().strip());
            } catch (NumberFormatException ex) {
                position.setErrorMessage(UiText.t("balloting.check.whole-number"));
                position.setInvalid(true);
                return;
            }
            position.setInvalid(false);
            boolean ok = ballots.checkReceipt(ballotId, pos, hash.getValue().strip().toLowerCase(Locale.ROOT));
            result.setText(ok ? UiText.t("balloting.check.ok") : UiText.t("balloting.check.not-found"));
            result.addClassNames("badge", ok ? "ok" : "bad");
        });
        check.setId("check-receipt");
        Div row = new Div(position, hash, check);
        row.addClassName("form-row");
        box.add(row, result);
        return box;
    }
}
