package org.accord.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.accord.commenting.CommentType;
import org.accord.commenting.CommentView;
import org.accord.commenting.CommentingService;
import org.accord.commenting.NewComment;
import org.accord.drafting.ClauseNode;
import org.accord.shared.InvalidInputException;

import java.util.UUID;
import java.util.function.Consumer;

/** Files a comment in the commenting template's fields, on a clause and optionally a selected passage. */
class NewCommentDialog extends Dialog {

    NewCommentDialog(CommentingService commenting, UUID draftId, ClauseNode clause, String selection, boolean canSubmitDirectly,
                     Consumer<CommentView> filed) {
        setHeaderTitle("Comment on " + clause.heading());
        setId("new-comment-dialog");
        setWidth("min(760px, 95vw)");
        TextArea quote = new TextArea("Passage commented on (optional: the exact words from the clause)");
        quote.setWidthFull();
        quote.setValue(selection == null ? "" : selection);
        quote.setId("comment-quote");
        RadioButtonGroup<CommentType> type = new RadioButtonGroup<>("Type of comment");
        type.setItems(CommentType.values());
        type.setItemLabelGenerator(t -> t.code() + " — " + t.label());
        type.setId("comment-type");
        TextField line = new TextField("Line number");
        TextField paragraph = new TextField("Paragraph/Figure/Table");
        TextArea justification = new TextArea("Comments (justification)");
        justification.setWidthFull();
        justification.setMaxLength(20_000);
        justification.setId("comment-justification");
        TextArea proposed = new TextArea("Proposed change (replaces the passage above)");
        proposed.setWidthFull();
        proposed.setMaxLength(20_000);
        proposed.setId("comment-proposed");
        Checkbox submit = new Checkbox(canSubmitDirectly ? "Submit now" : "Save as a draft for my organisation's lead to submit");
        submit.setValue(canSubmitDirectly);
        submit.setEnabled(canSubmitDirectly);
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("aria-live", "assertive");
        add(quote, type, line, paragraph, justification, proposed, submit, error);
        com.vaadin.flow.component.select.Select<String> language = languagePicker(draftId);
        addComponentAtIndex(indexOf(justification), language);

        Button file = new Button(canSubmitDirectly ? "File comment" : "Save draft", e -> {
            try {
                CommentView c = commenting.file(draftId, new NewComment(clause.id(), type.getValue(), justification.getValue(),
                        proposed.getValue(), line.getValue(), paragraph.getValue(), quote.getValue(), null,
                        canSubmitDirectly && submit.getValue(), language.getValue()));
                close();
                filed.accept(c);
            } catch (InvalidInputException ex) {
                error.setText(ex.getMessage());
            }
        });
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        file.setId("file-comment");
        getFooter().add(new Button("Cancel", e -> close()), file);
    }

    /** Comments can be written in any content language; the draft's is the default. */
    private static com.vaadin.flow.component.select.Select<String> languagePicker(UUID draftId) {
        com.vaadin.flow.component.select.Select<String> language = new com.vaadin.flow.component.select.Select<>();
        language.setLabel(UiText.t("commenting.language.field"));
        language.setId("comment-language");
        language.setItems(org.accord.drafting.ContentLanguages.SUPPORTED);
        language.setItemLabelGenerator(ContentLanguageNames::autonym);
        String draftLanguage = com.vaadin.flow.server.VaadinService.getCurrent().getInstantiator()
                .getOrCreate(org.accord.drafting.DraftingService.class).draft(draftId).language();
        String primary = org.accord.drafting.ContentLanguages.primary(draftLanguage);
        language.setValue(org.accord.drafting.ContentLanguages.isSupported(primary) ? primary : null);
        return language;
    }
}
