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
        getFooter().add(new Button(UiText.t("commenting.close"), e -> close()));
        render();
    }

    private void render() {
        list.removeAll();
        if (commentIds.isEmpty()) {
            list.add(new Paragraph(UiText.t("commenting.none-on-clause")));
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
        type.getElement().setAttribute("title", typeName(c.type()));
        Span state = new Span(state(c));
        state.addClassNames("badge", "state");
        H3 head = new H3();
        head.add(id, new Text(" "), type, new Text(" "), state);
        card.add(head);
        Paragraph meta = meta(UiText.t("commenting.meta.from", c.originatorName(), c.memberBody(), c.author(), c.versionLabel())
                + (c.lineRef() == null ? "" : " · " + UiText.t("commenting.meta.line", c.lineRef()))
                + (c.paragraphRef() == null ? "" : " · " + c.paragraphRef())
                + " · ");
        meta.add(LocalAndUtc.moment(c.submittedAt() != null ? c.submittedAt() : c.createdAt()));
        card.add(meta);
        if (c.quote() != null) {
            // The quotation marks are the page's, the quoted words the draft's.
            String[] marks = UiText.t("commenting.quote", "\u0001").split("\u0001", 2);
            Paragraph q = new Paragraph(new Text(marks[0]), content(c.quote(), null), new Text(marks.length > 1 ? marks[1] : ""));
            q.addClassName("comment-quote");
            if ("OUTDATED".equals(c.anchorStatus())) {
                q.add(new Span(" — " + UiText.t("commenting.anchor-outdated")));
                q.addClassName("outdated");
            }
            card.add(q);
        }
        card.add(field(UiText.t("commenting.field.comments"), content(c.justification(), c.language())));
        if (c.proposedChange() != null) {
            card.add(field(UiText.t("commenting.field.proposed-change"), content(c.proposedChange(), c.language())));
        }
        if (c.resolution() != null || c.observation() != null) {
            Div obs = field(UiText.t("commenting.field.observations"), observations(c, c.language()));
            obs.addClassName("observation");
            card.add(obs);
        }
        if (c.appliedRevision() != null) {
            Paragraph applied = new Paragraph(UiText.t("commenting.applied-in-revision", String.valueOf(c.appliedRevision())));
            applied.addClassName("applied");
            card.add(applied);
        }
        card.add(meta(UiText.t("commenting.support-count", c.support(), c.noSupport())));
        d.replies().forEach(r -> {
            Div reply = new Div(new Span(r.author() + ", "), LocalAndUtc.moment(r.at()), new Span(": "), content(r.body(), c.language()));
            reply.addClassName("reply");
            card.add(reply);
        });
        if (d.dispositions().size() > 1) {
            Details history = new Details(UiText.t("commenting.disposition-history", d.dispositions().size()));
            d.dispositions().forEach(h -> history.add(new Paragraph(LocalAndUtc.moment(h.at()), new Span(" — " + resolution(h.resolution())
                    + (h.observation() == null ? "" : ": ")), content(h.observation(), c.language()), new Span(" (" + h.by() + ")"))));
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
            Button submit = new Button(UiText.t("commenting.submit-for", c.memberBody()), e -> act(() -> commenting.submit(c.id()), UiText.t("commenting.submitted")));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            actions.add(submit);
        }
        if (d.canReply()) {
            Button support = new Button(Boolean.TRUE.equals(d.mySupport()) ? UiText.t("commenting.supported") : UiText.t("commenting.support"),
                    e -> act(() -> commenting.support(c.id(), Boolean.TRUE.equals(d.mySupport()) ? null : true), null));
            Button noSupport = new Button(Boolean.FALSE.equals(d.mySupport()) ? UiText.t("commenting.not-supported") : UiText.t("commenting.not-support"),
                    e -> act(() -> commenting.support(c.id(), Boolean.FALSE.equals(d.mySupport()) ? null : false), null));
            Button reply = new Button(UiText.t("commenting.reply"), e -> replyDialog(c));
            for (Button b : List.of(support, noSupport, reply)) {
                b.addThemeVariants(ButtonVariant.LUMO_SMALL);
                actions.add(b);
            }
        }
        if (d.canDispose()) {
            Button resolve = new Button(UiText.t("commenting.resolve"), e -> resolveDialog(c));
            resolve.addThemeVariants(ButtonVariant.LUMO_SMALL);
            resolve.setId("resolve-" + c.commentId());
            actions.add(resolve);
        }
        if (d.canApply()) {
            Button apply = new Button(UiText.t("commenting.apply"), e -> apply(c));
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
                UiText.notify(UiText.t("commenting.applied-as-revision", String.valueOf(a.revisionNo())), false);
            } else if (r instanceof ApplyResult.NotApplicable n) {
                UiText.notify(n.reason() + " " + UiText.t("commenting.text-there-now", n.textNearby()), true);
            }
            render();
            changed.run();
        } catch (InvalidInputException ex) {
            UiText.notify(UiText.problem(ex), true);
        }
    }

    private void resolveDialog(CommentView c) {
        Dialog d = new Dialog();
        d.setHeaderTitle(UiText.t("commenting.resolve.title", c.commentId()));
        Select<Resolution> resolution = new Select<>();
        resolution.setLabel(UiText.t("commenting.resolution"));
        resolution.setItems(Resolution.values());
        resolution.setItemLabelGenerator(CommentPanel::resolution);
        resolution.setValue(c.resolution());
        resolution.setId("resolution");
        TextArea observation = new TextArea(UiText.t("commenting.observation"));
        observation.setWidthFull();
        observation.setMaxLength(20_000);
        observation.setValue(c.observation() == null ? "" : c.observation());
        Button save = new Button(UiText.t("commenting.save-resolution"), e -> {
            try {
                commenting.dispose(c.id(), resolution.getValue(), observation.getValue());
                d.close();
                render();
                changed.run();
            } catch (InvalidInputException ex) {
                observation.setInvalid(true);
                observation.setErrorMessage(UiText.problem(ex));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-resolution");
        d.add(resolution, observation);
        d.getFooter().add(new Button(UiText.t("commenting.cancel"), e -> d.close()), save);
        d.open();
    }

    private void replyDialog(CommentView c) {
        Dialog d = new Dialog();
        d.setHeaderTitle(UiText.t("commenting.reply.title", c.commentId()));
        TextArea body = new TextArea(UiText.t("commenting.reply"));
        body.setWidth("min(600px, 85vw)");
        body.setMaxLength(20_000);
        Button send = new Button(UiText.t("commenting.send"), e -> {
            try {
                commenting.reply(c.id(), body.getValue());
                d.close();
                render();
            } catch (InvalidInputException ex) {
                body.setInvalid(true);
                body.setErrorMessage(UiText.problem(ex));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(body);
        d.getFooter().add(new Button(UiText.t("commenting.cancel"), e -> d.close()), send);
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
            UiText.notify(UiText.problem(ex), true);
        }
    }

    static String state(CommentView c) {
        if (c.status() == CommentStatus.DRAFT) {
            return UiText.t("commenting.state.draft-of", c.memberBody());
        }
        if (c.appliedRevision() != null) {
            return UiText.t("commenting.state.applied");
        }
        if (c.resolution() == null) {
            return c.late() ? UiText.t("commenting.state.open-late") : UiText.t("commenting.state.open");
        }
        return switch (c.resolution()) {
            case ACCEPTED -> UiText.t("commenting.state.accepted");
            case ACCEPTED_IN_PRINCIPLE -> UiText.t("commenting.state.accepted-in-principle");
            case NOTED -> UiText.t("commenting.state.noted");
            case REJECTED -> UiText.t("commenting.state.rejected");
        };
    }

    /** A disposition's name in the UI language ("Accepted in principle"). */
    static String resolution(Resolution r) {
        if (r == null) {
            return "";
        }
        return switch (r) {
            case ACCEPTED -> UiText.t("commenting.resolution.accepted");
            case ACCEPTED_IN_PRINCIPLE -> UiText.t("commenting.resolution.accepted-in-principle");
            case NOTED -> UiText.t("commenting.resolution.noted");
            case REJECTED -> UiText.t("commenting.resolution.rejected");
        };
    }

    /** The name of a type of comment; its code (ge, te, ed) stays as it is in every language. */
    static String typeName(CommentType t) {
        return switch (t) {
            case GE -> UiText.t("commenting.type.ge");
            case TE -> UiText.t("commenting.type.te");
            case ED -> UiText.t("commenting.type.ed");
        };
    }

    /** "te — technical". */
    static String typeLabel(CommentType t) {
        return t == null ? "" : t.code() + " — " + typeName(t);
    }

    /** Column 8 of the template, resolution and observation together, with the resolution in the UI language. */
    static String observations(CommentView c) {
        if (c.resolution() == null) {
            return c.observation() == null ? "" : c.observation();
        }
        return resolution(c.resolution()) + (c.observation() == null || c.observation().isBlank() ? "" : ". " + c.observation());
    }

    private static Paragraph meta(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("meta");
        return p;
    }

    /** Column 8 as above, the observation marked as the comment's text: in its language, with its own direction. */
    private static Span observations(CommentView c, String language) {
        Span s = new Span();
        if (c.resolution() != null) {
            s.add(new Text(resolution(c.resolution()) + (c.observation() == null || c.observation().isBlank() ? "" : ". ")));
        }
        if (c.observation() != null && !c.observation().isBlank()) {
            s.add(content(c.observation(), language));
        }
        return s;
    }

    /**
     * A comment's own words (its text, proposed change, replies, dispositions): marked with the comment's language, and
     * a direction taken from their first letter, so Arabic with English terms, or English on an Arabic page, keeps its
     * order.
     */
    static Span content(String text, String language) {
        Span s = new Span(text == null ? "" : text);
        s.addClassName("comment-text");
        s.getElement().setAttribute("dir", "auto");
        if (language != null && !language.isBlank()) {
            s.getElement().setAttribute("lang", language);
        }
        return s;
    }

    private static Div field(String label, com.vaadin.flow.component.Component value) {
        Span l = new Span(label + ": ");
        l.addClassName("field-label");
        Div d = new Div(l, value);
        d.addClassName("comment-field");
        return d;
    }

    private static final class Text extends com.vaadin.flow.component.Text {
        Text(String s) {
            super(s);
        }
    }
}
