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
        add(new H2("Your vote"));

        receipt.setId("vote-receipt");
        receipt.addClassName("vote-receipt");
        receipt.getElement().setAttribute("aria-live", "polite");
        receipt.setVisible(false);

        RadioButtonGroup<Position> position = new RadioButtonGroup<>("Your position");
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
        Button cast = new Button("Cast vote", e -> {
            error.removeAll();
            if (position.getValue() == null) {
                error.add(new Paragraph("Choose a position first."));
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
                error.add(new Paragraph(ex.getMessage()));
                if (!ex.details().isEmpty()) {
                    UnorderedList list = new UnorderedList();
                    ex.details().forEach(d -> list.add(new ListItem(d)));
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
                ? "You have not voted yet. You may change your vote until the close; the last vote counts."
                : "Your current vote: " + BallotLabels.position(current)
                + ". You may change it until the close; the last vote counts.");
    }

    // ------------------------------------------------------------------ reasons

    private Div reasonsSection() {
        Div box = new Div();
        box.addClassName("vote-reasons");
        box.setId("vote-reasons");
        box.add(new H3("Technical reasons"));
        box.add(new Paragraph("A disapproval must give technical reasons: attach at least one of your technical (te) "
                + "comments on this draft. A disapproval without a technical comment is recorded as \"disapprove without "
                + "reasons\", which the ISO DIS and FDIS rules do not count."));
        attach.setLabel("Your technical comments on this draft to attach");
        attach.setItemLabelGenerator(c -> c.commentId() + " (clause " + c.clauseRef() + "): " + shorten(c.justification()));
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
        attach.setHelperText(mine.isEmpty() ? "You have no technical comments on this draft yet: write one below." : null);
    }

    private Div newCommentForm() {
        Div form = new Div();
        form.addClassName("vote-new-comment");
        form.add(new H3("Write a technical comment"));
        boolean periodOpen = commenting.currentPeriod(ballot.draftId()).isPresent();
        if (!periodOpen) {
            form.add(new Paragraph("No comment period is open on this draft, so new comments cannot be filed; "
                    + "attach one you filed earlier."));
            return form;
        }
        boolean direct = commenting.submitsDirectly(ballot.draftId());
        ComboBox<ClauseNode> clause = new ComboBox<>("Clause");
        List<ClauseNode> clauses = new ArrayList<>();
        flatten(drafting.clauseTree(ballot.draftId()), clauses);
        clause.setItems(clauses);
        clause.setItemLabelGenerator(ClauseNode::heading);
        clause.setWidth("min(100%, 30em)");
        clause.setId("te-clause");
        TextArea justification = new TextArea("Comments (justification)");
        justification.setWidthFull();
        justification.setMaxLength(20_000);
        justification.setId("te-justification");
        TextArea proposed = new TextArea("Proposed change");
        proposed.setWidthFull();
        proposed.setMaxLength(20_000);
        proposed.setId("te-proposed");
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("aria-live", "assertive");
        Button file = new Button(direct ? "File technical comment" : "Save technical comment as a draft", e -> {
            error.setText("");
            if (clause.getValue() == null) {
                error.setText("Choose the clause the comment is on.");
                return;
            }
            try {
                CommentView c = commenting.file(ballot.draftId(), new NewComment(clause.getValue().id(), CommentType.TE,
                        justification.getValue(), proposed.getValue(), null, null, null, null, direct));
                justification.clear();
                proposed.clear();
                refreshComments(Set.of(c.id()));
                UiText.notify("Comment " + c.commentId() + " filed and attached to your vote", false);
            } catch (InvalidInputException ex) {
                error.setText(ex.getMessage());
            }
        });
        file.setId("file-te-comment");
        form.add(clause, justification, proposed, error, file);
        if (!direct) {
            form.add(new Paragraph("Your organisation's lead submits its comments; the comment is saved as a draft "
                    + "for them and still attached to your vote."));
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
                ? (r.reasoned() ? " (with technical reasons)" : " (without reasons: it may not be counted)") : "";
        receipt.add(new H3("✓ Vote recorded: " + BallotLabels.position(p) + how));
        receipt.add(line("Log position", Long.toString(r.position())));
        receipt.add(line("Entry hash", r.entryHash()));
        receipt.add(line("Cast at", UiText.utc(r.castAt())));
        receipt.add(new Paragraph("Keep this receipt. Anyone can check it below, and after the close in the published "
                + "log: the entry at this position must have this hash."));
    }

    private static Paragraph line(String label, String value) {
        Span l = new Span(label + ": ");
        l.addClassName("field-label");
        Paragraph p = new Paragraph(l, BallotView.code(value));
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
        history.add(new H3("Your receipts"));
        history.add(new Paragraph(mine.size() == 1 ? "You have voted once; if you vote again, the last vote counts."
                : "You have voted " + mine.size() + " times: the last vote counts."));
        BallotTable t = new BallotTable("Your receipts, oldest first", "Log position", "Vote", "Cast at", "Entry hash", "Status");
        for (int i = 0; i < mine.size(); i++) {
            VoteReceipt r = mine.get(i);
            Position p = Position.valueOf(r.choice());
            String vote = BallotLabels.position(p) + (p.stance() == Position.Stance.NEGATIVE
                    ? (r.reasoned() ? " (with reasons)" : " (without reasons)") : "");
            t.row(new Span(Long.toString(r.position())), new Span(vote), new Span(UiText.utc(r.castAt())),
                    BallotView.code(r.entryHash()), new Span(i == mine.size() - 1 ? "Counts" : "Replaced"));
        }
        history.add(t);
    }
}
