package org.accord.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.accord.balloting.BallotService;
import org.accord.balloting.BallotSummary;
import org.accord.balloting.CastVote;
import org.accord.balloting.VoteReceipt;
import org.accord.balloting.tally.Position;
import org.accord.balloting.tally.RuleSpec;
import org.accord.commenting.CommentType;
import org.accord.commenting.CommentView;
import org.accord.commenting.CommentingService;
import org.accord.commenting.NewComment;
import org.accord.drafting.ClauseNode;
import org.accord.drafting.DraftingService;
import org.accord.shared.InvalidInputException;

import java.util.*;

/**
 * The voter's ballot paper: a position, technical comments as the reasons for a disapproval (picked from the voter's
 * own or written here), the cast, the receipt, and the voter's earlier receipts. The last vote before the close counts.
 */
class BallotVotePanel extends Div {

    private final BallotService ballots;
    private final CommentingService commenting;
    private final DraftingService drafting;
    private final BallotSummary ballot;
    private final CheckboxGroup<CommentView> attach = new CheckboxGroup<>();
    private final Div receipt = new Div();
    private final Div history = new Div();
    private final Paragraph intro = new Paragraph();
    /** One key per intended vote: a double click sends it twice and the second is refused, not recorded. */
    private String idempotencyKey = UUID.randomUUID().toString();

    BallotVotePanel(BallotService ballots, CommentingService commenting, DraftingService drafting, BallotSummary ballot,
                    Runnable onCast) {
        this.ballots = ballots;
        this.commenting = commenting;
        this.drafting = drafting;
        this.ballot = ballot;
        addClassNames("panel", "vote-panel");
        add(new H2(UiText.t("balloting.vote")));

        receipt.setId("vote-receipt");
        receipt.addClassName("vote-receipt");
        receipt.getElement().setAttribute("aria-live", "polite");
        receipt.setVisible(false);

        RadioButtonGroup<Position> position = new RadioButtonGroup<>(UiText.t("balloting.vote.position"));
        position.setItems(BallotLabels.positions(ballot));
        position.setItemLabelGenerator(BallotLabels::position);
        position.setId("vote-position");
        if (ballot.myPosition() != null) {
            position.setValue(Position.valueOf(ballot.myPosition()));
        }

        Div reasons = reasonsSection();
        reasons.setVisible(false);
        position.addValueChangeListener(e -> reasons.setVisible(ballot.draftId() != null && e.getValue() != null
                && (e.getValue().stance() == Position.Stance.NEGATIVE || e.getValue() == Position.APPROVE_WITH_COMMENTS)));
        reasons.setVisible(ballot.draftId() != null && position.getValue() != null
                && (position.getValue().stance() == Position.Stance.NEGATIVE || position.getValue() == Position.APPROVE_WITH_COMMENTS));

        Div error = new Div();
        error.addClassName("form-error");
        error.getElement().setAttribute("aria-live", "assertive");
        Button cast = new Button(UiText.t("balloting.vote.cast"), e -> {
            error.removeAll();
            if (position.getValue() == null) {
                error.add(new Paragraph(UiText.t("balloting.vote.choose-first")));
                return;
            }
            List<UUID> comments = reasons.isVisible() ? attach.getValue().stream().map(CommentView::id).toList() : List.of();
            try {
                VoteReceipt r = ballots.cast(ballot.id(), new CastVote(position.getValue(), comments, idempotencyKey));
                idempotencyKey = UUID.randomUUID().toString();
                showReceipt(r);
                showIntro(r.choice());
                showHistory();
                onCast.run();
            } catch (InvalidInputException ex) {
                error.add(new Paragraph(UiText.problem(ex)));
                if (!UiText.details(ex).isEmpty()) {
                    UnorderedList list = new UnorderedList();
                    UiText.details(ex).forEach(d -> list.add(new ListItem(d)));
                    error.add(list);
                }
            }
        });
        cast.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cast.setId("cast-vote");

        showIntro(ballot.myPosition());
        intro.setId("vote-intro");
        add(intro, position, reasons, error, cast, receipt, history);
        showHistory();
    }

    private void showIntro(String current) {
        intro.setText(current == null
                ? UiText.t("balloting.vote.intro.none")
                : UiText.t("balloting.vote.intro.current", BallotLabels.position(current)));
    }

    // ------------------------------------------------------------------ reasons

    private Div reasonsSection() {
        Div box = new Div();
        box.addClassName("vote-reasons");
        box.setId("vote-reasons");
        box.add(new H3(UiText.t("balloting.reasons")));
        box.add(new Paragraph(UiText.t("balloting.reasons.intro")));
        attach.setLabel(UiText.t("balloting.reasons.attach"));
        attach.setItemLabelGenerator(c -> UiText.t("balloting.reasons.item", c.commentId(), c.clauseRef(), shorten(c.justification())));
        attach.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        attach.setId("vote-comments");
        refreshComments(Set.of());
        box.add(attach, newCommentForm());
        return box;
    }

    private void refreshComments(Set<UUID> select) {
        Set<UUID> keep = new HashSet<>(select);
        attach.getValue().forEach(c -> keep.add(c.id()));
        List<CommentView> mine = commenting.myTechnicalComments(ballot.draftId());
        attach.setItems(mine);
        attach.setValue(new HashSet<>(mine.stream().filter(c -> keep.contains(c.id())).toList()));
        attach.setHelperText(mine.isEmpty() ? UiText.t("balloting.reasons.none") : null);
    }

    private Div newCommentForm() {
        Div form = new Div();
        form.addClassName("vote-new-comment");
        form.add(new H3(UiText.t("balloting.te")));
        boolean periodOpen = commenting.currentPeriod(ballot.draftId()).isPresent();
        if (!periodOpen) {
            form.add(new Paragraph(UiText.t("balloting.te.no-period")));
            return form;
        }
        boolean direct = commenting.submitsDirectly(ballot.draftId());
        ComboBox<ClauseNode> clause = new ComboBox<>(UiText.t("commenting.filter.clause"));
        List<ClauseNode> clauses = new ArrayList<>();
        flatten(drafting.clauseTree(ballot.draftId()), clauses);
        clause.setItems(clauses);
        clause.setItemLabelGenerator(ClauseNode::heading);
        clause.setWidth("min(100%, 30em)");
        clause.setId("te-clause");
        TextArea justification = new TextArea(UiText.t("commenting.new.justification"));
        justification.setWidthFull();
        justification.setMaxLength(20_000);
        justification.setId("te-justification");
        TextArea proposed = new TextArea(UiText.t("commenting.field.proposed-change"));
        proposed.setWidthFull();
        proposed.setMaxLength(20_000);
        proposed.setId("te-proposed");
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("aria-live", "assertive");
        Button file = new Button(direct ? UiText.t("balloting.te.file") : UiText.t("balloting.te.save-draft"), e -> {
            error.setText("");
            if (clause.getValue() == null) {
                error.setText(UiText.t("balloting.te.choose-clause"));
                return;
            }
            try {
                CommentView c = commenting.file(ballot.draftId(), new NewComment(clause.getValue().id(), CommentType.TE,
                        justification.getValue(), proposed.getValue(), null, null, null, null, direct));
                justification.clear();
                proposed.clear();
                refreshComments(Set.of(c.id()));
                UiText.notify(UiText.t("balloting.te.filed", c.commentId()), false);
            } catch (InvalidInputException ex) {
                error.setText(UiText.problem(ex));
            }
        });
        file.setId("file-te-comment");
        form.add(clause, justification, proposed, error, file);
        if (!direct) {
            form.add(new Paragraph(UiText.t("balloting.te.lead")));
        }
        return form;
    }

    private static void flatten(List<ClauseNode> nodes, List<ClauseNode> out) {
        for (ClauseNode n : nodes) {
            out.add(n);
            flatten(n.children(), out);
        }
    }

    private static String shorten(String s) {
        String t = s == null ? "" : s.strip().replaceAll("\\s+", " ");
        return t.length() <= 90 ? t : t.substring(0, 89) + "…";
    }

    // ------------------------------------------------------------------ receipts

    private void showReceipt(VoteReceipt r) {
        receipt.removeAll();
        receipt.setVisible(true);
        Position p = Position.valueOf(r.choice());
        String how = p.stance() == Position.Stance.NEGATIVE
                ? " " + (r.reasoned() ? UiText.t("balloting.receipt.with-technical-reasons")
                : UiText.t("balloting.receipt.without-reasons-may-not-count")) : "";
        receipt.add(new H3(UiText.t("balloting.receipt.recorded", BallotLabels.position(p) + how)));
        receipt.add(line(UiText.t("balloting.receipt.position"), Long.toString(r.position())));
        receipt.add(line(UiText.t("balloting.receipt.hash"), r.entryHash()));
        Paragraph castAt = new Paragraph(label(UiText.t("balloting.receipt.cast-at")), LocalAndUtc.moment(r.castAt()));
        castAt.addClassName("receipt-line");
        receipt.add(castAt);
        receipt.add(new Paragraph(UiText.t("balloting.receipt.keep")));
    }

    private static Span label(String label) {
        Span l = new Span(UiText.t("balloting.label", label) + " ");
        l.addClassName("field-label");
        return l;
    }

    private static Paragraph line(String label, String value) {
        Paragraph p = new Paragraph(label(label), BallotView.code(value));
        p.addClassName("receipt-line");
        return p;
    }

    private void showHistory() {
        history.removeAll();
        List<VoteReceipt> mine = ballots.myReceipts(ballot.id());
        if (mine.isEmpty()) {
            return;
        }
        history.setId("my-receipts");
        history.add(new H3(UiText.t("balloting.receipts")));
        history.add(new Paragraph(mine.size() == 1 ? UiText.t("balloting.receipts.once")
                : UiText.t("balloting.receipts.times", mine.size())));
        BallotTable t = new BallotTable(UiText.t("balloting.receipts.caption"), UiText.t("balloting.receipt.position"),
                UiText.t("balloting.receipts.vote"), UiText.t("balloting.receipt.cast-at"), UiText.t("balloting.receipt.hash"),
                UiText.t("balloting.fact.status"));
        for (int i = 0; i < mine.size(); i++) {
            VoteReceipt r = mine.get(i);
            Position p = Position.valueOf(r.choice());
            String vote = BallotLabels.position(p) + (p.stance() == Position.Stance.NEGATIVE
                    ? " " + (r.reasoned() ? UiText.t("balloting.receipts.with-reasons") : UiText.t("balloting.receipts.without-reasons")) : "");
            t.row(BallotView.code(Long.toString(r.position())), new Span(vote), LocalAndUtc.moment(r.castAt()),
                    BallotView.code(r.entryHash()), new Span(i == mine.size() - 1 ? UiText.t("balloting.receipts.counts")
                            : UiText.t("balloting.receipts.replaced")));
        }
        history.add(t);
    }
}
