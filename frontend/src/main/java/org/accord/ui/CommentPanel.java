package org.accord.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.accord.commenting.*;
import org.accord.shared.InvalidInputException;

import java.util.List;
import java.util.UUID;

/**
 * The comments on one clause (or one comment): template fields, thread, support, disposition
 * history — and the actions the viewer may take. Text is always shown as text.
 */
class CommentPanel extends Dialog {

    private final CommentingService commenting;
    private final Runnable changed;
    private final Div list = new Div();
    private final List<UUID> commentIds;

    CommentPanel(CommentingService commenting, String title, List<UUID> commentIds, Runnable changed) {
        this.commenting = commenting;
        this.changed = changed;
        this.commentIds = commentIds;
        setHeaderTitle(title);
        setId("comment-panel");
        setWidth("min(860px, 95vw)");
        list.addClassName("comment-list");
        add(list);
        getFooter().add(new Button("Close", e -> close()));
        render();
    }

    private void render() {
        list.removeAll();
        if (commentIds.isEmpty()) {
            list.add(new Paragraph("No comments on this clause yet."));
        }
        for (UUID id : commentIds) {
            list.add(card(commenting.detail(id)));
        }
    }

    private Div card(CommentDetail d) {
        CommentView c = d.comment();
        Div card = new Div();
        card.addClassName("comment-card");
        card.setId("comment-" + c.commentId());
        Span id = new Span(c.commentId());
        id.addClassName("comment-id");
        Span type = new Span(c.type().code());
        type.addClassNames("badge", "type-" + c.type().code());
        type.getElement().setAttribute("title", c.type().label());
        Span state = new Span(state(c));
        state.addClassNames("badge", "state");
        H3 head = new H3();
        head.add(id, new Text(" "), type, new Text(" "), state);
        card.add(head);
        card.add(meta("From " + c.originatorName() + " (" + c.memberBody() + "), by " + c.author() + " · on " + c.versionLabel()
                + (c.lineRef() == null ? "" : " · line " + c.lineRef())
                + (c.paragraphRef() == null ? "" : " · " + c.paragraphRef())
                + " · " + UiText.utc(c.submittedAt() != null ? c.submittedAt() : c.createdAt())));
        if (c.quote() != null) {
            Paragraph q = new Paragraph("“" + c.quote() + "”");
            q.addClassName("comment-quote");
            if ("OUTDATED".equals(c.anchorStatus())) {
                q.add(new Span(" — the text commented on has changed since (anchor outdated)"));
                q.addClassName("outdated");
            }
            card.add(q);
        }
        card.add(field("Comments", c.justification()));
        if (c.proposedChange() != null) {
            card.add(field("Proposed change", c.proposedChange()));
        }
        if (c.resolution() != null || c.observation() != null) {
            Div obs = field("Observations of the secretariat", c.observations());
            obs.addClassName("observation");
            card.add(obs);
        }
        if (c.appliedRevision() != null) {
            Paragraph applied = new Paragraph("Applied in revision " + c.appliedRevision() + " of the clause.");
            applied.addClassName("applied");
            card.add(applied);
        }
        card.add(meta("Support " + c.support() + " · not support " + c.noSupport()));
        d.replies().forEach(r -> {
            Div reply = new Div(new Span(r.author() + ", " + UiText.utc(r.at()) + ": "), new Span(r.body()));
            reply.addClassName("reply");
            card.add(reply);
        });
        if (d.dispositions().size() > 1) {
            Details history = new Details("Disposition history (" + d.dispositions().size() + ")");
            d.dispositions().forEach(h -> history.add(new Paragraph(UiText.utc(h.at()) + " — " + h.resolution().label()
                    + (h.observation() == null ? "" : ": " + h.observation()) + " (" + h.by() + ")")));
            card.add(history);
        }
        card.add(actions(d));
        return card;
    }

    private Div actions(CommentDetail d) {
        CommentView c = d.comment();
        Div actions = new Div();
        actions.addClassName("comment-actions");
        if (d.canSubmit()) {
            Button submit = new Button("Submit for " + c.memberBody(), e -> act(() -> commenting.submit(c.id()), "Submitted."));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            actions.add(submit);
        }
        if (d.canReply()) {
            Button support = new Button(Boolean.TRUE.equals(d.mySupport()) ? "Supported ✓" : "Support",
                    e -> act(() -> commenting.support(c.id(), Boolean.TRUE.equals(d.mySupport()) ? null : true), null));
            Button noSupport = new Button(Boolean.FALSE.equals(d.mySupport()) ? "Not supported ✓" : "Not support",
                    e -> act(() -> commenting.support(c.id(), Boolean.FALSE.equals(d.mySupport()) ? null : false), null));
            Button reply = new Button("Reply", e -> replyDialog(c));
            for (Button b : List.of(support, noSupport, reply)) {
                b.addThemeVariants(ButtonVariant.LUMO_SMALL);
                actions.add(b);
            }
        }
        if (d.canDispose()) {
            Button resolve = new Button("Resolve…", e -> resolveDialog(c));
            resolve.addThemeVariants(ButtonVariant.LUMO_SMALL);
            resolve.setId("resolve-" + c.commentId());
            actions.add(resolve);
        }
        if (d.canApply()) {
            Button apply = new Button("Apply proposed change", e -> apply(c));
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            apply.setId("apply-" + c.commentId());
            actions.add(apply);
        }
        return actions;
    }

    private void apply(CommentView c) {
        try {
            ApplyResult r = commenting.apply(c.id());
            if (r instanceof ApplyResult.Applied a) {
                UiText.notify("Applied as revision " + a.revisionNo() + " of the clause.", false);
            } else if (r instanceof ApplyResult.NotApplicable n) {
                UiText.notify(n.reason() + " Text there now: “…" + n.textNearby() + "…”", true);
            }
            render();
            changed.run();
        } catch (InvalidInputException ex) {
            UiText.notify(ex.getMessage(), true);
        }
    }

    private void resolveDialog(CommentView c) {
        Dialog d = new Dialog();
        d.setHeaderTitle("Resolve " + c.commentId());
        Select<Resolution> resolution = new Select<>();
        resolution.setLabel("Resolution");
        resolution.setItems(Resolution.values());
        resolution.setItemLabelGenerator(Resolution::label);
        resolution.setValue(c.resolution());
        resolution.setId("resolution");
        TextArea observation = new TextArea("Observation of the secretariat");
        observation.setWidthFull();
        observation.setMaxLength(20_000);
        observation.setValue(c.observation() == null ? "" : c.observation());
        Button save = new Button("Save resolution", e -> {
            try {
                commenting.dispose(c.id(), resolution.getValue(), observation.getValue());
                d.close();
                render();
                changed.run();
            } catch (InvalidInputException ex) {
                observation.setInvalid(true);
                observation.setErrorMessage(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-resolution");
        d.add(resolution, observation);
        d.getFooter().add(new Button("Cancel", e -> d.close()), save);
        d.open();
    }

    private void replyDialog(CommentView c) {
        Dialog d = new Dialog();
        d.setHeaderTitle("Reply to " + c.commentId());
        TextArea body = new TextArea("Reply");
        body.setWidth("min(600px, 85vw)");
        body.setMaxLength(20_000);
        Button send = new Button("Send", e -> {
            try {
                commenting.reply(c.id(), body.getValue());
                d.close();
                render();
            } catch (InvalidInputException ex) {
                body.setInvalid(true);
                body.setErrorMessage(ex.getMessage());
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(body);
        d.getFooter().add(new Button("Cancel", e -> d.close()), send);
        d.open();
    }

    private void act(Runnable action, String message) {
        try {
            action.run();
            render();
            changed.run();
            if (message != null) {
                UiText.notify(message, false);
            }
        } catch (InvalidInputException ex) {
            UiText.notify(ex.getMessage(), true);
        }
    }

    static String state(CommentView c) {
        if (c.status() == CommentStatus.DRAFT) {
            return "draft of " + c.memberBody();
        }
        if (c.appliedRevision() != null) {
            return "applied";
        }
        return c.resolution() == null ? (c.late() ? "open (late)" : "open") : c.resolution().label().toLowerCase();
    }

    private static Paragraph meta(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("meta");
        return p;
    }

    private static Div field(String label, String value) {
        Span l = new Span(label + ": ");
        l.addClassName("field-label");
        Div d = new Div(l, new Span(value == null ? "" : value));
        d.addClassName("comment-field");
        return d;
    }

    private static final class Text extends com.vaadin.flow.component.Text {
        Text(String s) {
            super(s);
        }
    }
}
