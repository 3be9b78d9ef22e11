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
        setHeaderTitle(UiText.t("commenting.new.title", clause.heading()));
        setId("new-comment-dialog");
        setWidth("min(760px, 95vw)");
        TextArea quote = new TextArea(UiText.t("commenting.new.quote"));
        quote.setWidthFull();
        quote.setValue(selection == null ? "" : selection);
        quote.setId("comment-quote");
        RadioButtonGroup<CommentType> type = new RadioButtonGroup<>(UiText.t("commenting.column.type"));
        type.setItems(CommentType.values());
        type.setItemLabelGenerator(CommentPanel::typeLabel);
        type.setId("comment-type");
        TextField line = new TextField(UiText.t("commenting.column.line"));
        TextField paragraph = new TextField(UiText.t("commenting.column.paragraph"));
        TextArea justification = new TextArea(UiText.t("commenting.new.justification"));
        justification.setWidthFull();
        justification.setMaxLength(20_000);
        justification.setId("comment-justification");
        TextArea proposed = new TextArea(UiText.t("commenting.new.proposed"));
        proposed.setWidthFull();
        proposed.setMaxLength(20_000);
        proposed.setId("comment-proposed");
        Checkbox submit = new Checkbox(canSubmitDirectly ? UiText.t("commenting.new.submit-now") : UiText.t("commenting.new.save-for-lead"));
        submit.setValue(canSubmitDirectly);
        submit.setEnabled(canSubmitDirectly);
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("aria-live", "assertive");
        add(quote, type, line, paragraph, justification, proposed, submit, error);
        com.vaadin.flow.component.select.Select<String> language = languagePicker(draftId);
        addComponentAtIndex(indexOf(justification), language);

        Button file = new Button(canSubmitDirectly ? UiText.t("commenting.new.file") : UiText.t("commenting.new.save-draft"), e -> {
            try {
                CommentView c = commenting.file(draftId, new NewComment(clause.id(), type.getValue(), justification.getValue(),
                        proposed.getValue(), line.getValue(), paragraph.getValue(), quote.getValue(), null,
                        canSubmitDirectly && submit.getValue(), language.getValue()));
                close();
                filed.accept(c);
            } catch (InvalidInputException ex) {
                error.setText(UiText.problem(ex));
            }
        });
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        file.setId("file-comment");
        getFooter().add(new Button(UiText.t("commenting.cancel"), e -> close()), file);
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
