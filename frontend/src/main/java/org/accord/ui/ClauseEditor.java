package org.accord.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.accord.drafting.ClauseNode;
import org.accord.drafting.ClauseText;

/**
 * Inline editor of one clause: title, Markdown text and a revision message, plus the structure
 * actions. It remembers the revision it started from, so a save can be merged or flagged.
 */
class ClauseEditor extends Div {

    interface Actions {
        void save(ClauseEditor editor, String title, String body, String message);

        void cancel(ClauseEditor editor);

        void structure(ClauseEditor editor, String action);

        /** Opens the term dialog: {@code term} null to add one. */
        void term(ClauseEditor editor, org.accord.drafting.TermView term);
    }

    final ClauseNode clause;
    int baseRevision;
    final TextField title = new TextField(UiText.t("drafting.editor.title"));
    final TextArea body = new TextArea(UiText.t("drafting.editor.text"));
    final TextField message = new TextField(UiText.t("drafting.editor.message"));
    private final Paragraph notice = new Paragraph();

    ClauseEditor(ClauseNode clause, int baseRevision, String bodyText, Actions actions) {
        this.clause = clause;
        this.baseRevision = baseRevision;
        addClassName("clause-editor");
        setId("editor-" + clause.id());
        getElement().setAttribute("role", "region");
        String clauseHeading = DraftingText.heading(clause);
        getElement().setAttribute("aria-label", UiText.t("drafting.editor.aria", clauseHeading));

        Span heading = new Span(UiText.t("drafting.editor.heading", clauseHeading, String.valueOf(baseRevision)));
        heading.addClassName("editor-heading");
        notice.addClassName("editor-notice");
        notice.setVisible(false);
        notice.getElement().setAttribute("aria-live", "polite");

        title.setValue(clause.title() == null ? "" : clause.title());
        title.setWidthFull();
        title.getElement().setAttribute("dir", "auto");
        title.setMaxLength(500);
        title.setVisible(clause.kind().isNumberedSection());
        body.setValue(bodyText);
        body.setWidthFull();
        body.getElement().setAttribute("dir", "auto");
        body.setMinHeight("10em");
        body.setMaxLength(ClauseText.MAX_BODY_CHARS);
        body.setHelperText(UiText.t("drafting.editor.text.help"));
        message.setWidthFull();
        message.setMaxLength(2000);
        message.setPlaceholder(UiText.t("drafting.editor.message.placeholder"));

        Button save = new Button(UiText.t("drafting.editor.save"), e -> actions.save(this, title.getValue(), body.getValue(), message.getValue()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        save.setId("save-clause");
        Button cancel = new Button(UiText.t("drafting.cancel"), e -> actions.cancel(this));
        Div buttons = new Div(save, cancel);
        buttons.addClassName("editor-buttons");

        Div structure = new Div();
        structure.addClassName("editor-structure");
        structure.getElement().setAttribute("role", "group");
        structure.getElement().setAttribute("aria-label", UiText.t("drafting.editor.structure"));
        addStructure(structure, actions, "up", UiText.t("drafting.editor.move-up"));
        addStructure(structure, actions, "down", UiText.t("drafting.editor.move-down"));
        if (clause.kind().isNumberedSection()) {
            addStructure(structure, actions, "indent", UiText.t("drafting.editor.indent"));
            addStructure(structure, actions, "outdent", UiText.t("drafting.editor.outdent"));
            addStructure(structure, actions, "add-child", UiText.t("drafting.editor.add-child"));
            addStructure(structure, actions, "add-note", UiText.t("drafting.editor.add-note"));
        }
        Button delete = new Button(UiText.t("drafting.editor.delete"), e -> actions.structure(this, "delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        structure.add(delete);

        add(heading, notice, title, body, message, buttons);
        if (clause.kind() == org.accord.drafting.ClauseKind.TERMS) {
            Div terms = new Div();
            terms.addClassName("editor-terms");
            terms.getElement().setAttribute("role", "group");
            terms.getElement().setAttribute("aria-label", UiText.t("drafting.editor.terms"));
            clause.terms().forEach(t -> {
                Button edit = new Button(t.number() + " " + t.term(), e -> actions.term(this, t));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                edit.getElement().setAttribute("aria-label", UiText.t("drafting.editor.edit-term", t.number() + " " + t.term()));
                edit.getElement().setAttribute("dir", "auto");
                terms.add(edit);
            });
            Button add = new Button(UiText.t("drafting.term.add"), e -> actions.term(this, null));
            add.setId("add-term");
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            terms.add(add);
            add(terms);
        }
        add(structure);
        body.focus();
    }

    private void addStructure(Div group, Actions actions, String action, String label) {
        Button b = new Button(label, e -> actions.structure(this, action));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        group.add(b);
    }

    /** Tells the editor that someone saved this clause meanwhile. */
    void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }
}
