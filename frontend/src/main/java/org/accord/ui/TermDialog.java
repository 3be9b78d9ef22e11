package org.accord.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.accord.drafting.NewTerm;
import org.accord.drafting.TermView;
import org.accord.shared.InvalidInputException;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** One structured term entry: preferred term, admitted terms, definition, note, source. */
class TermDialog extends Dialog {

    TermDialog(TermView existing, Consumer<NewTerm> save, Runnable remove) {
        setHeaderTitle(existing == null ? UiText.t("drafting.term.add") : UiText.t("drafting.term.edit", existing.number()));
        setId("term-dialog");
        setWidth("min(640px, 95vw)");
        TextField term = new TextField(UiText.t("drafting.term.preferred"));
        term.setWidthFull();
        term.setMaxLength(300);
        TextField admitted = new TextField(UiText.t("drafting.term.admitted"));
        admitted.setWidthFull();
        TextArea definition = new TextArea(UiText.t("drafting.term.definition"));
        definition.setWidthFull();
        definition.setHelperText(UiText.t("drafting.term.definition.help"));
        TextField note = new TextField(UiText.t("drafting.term.note"));
        note.setWidthFull();
        TextField source = new TextField(UiText.t("drafting.term.source-field"));
        source.setWidthFull();
        source.setPlaceholder(UiText.t("drafting.term.source.placeholder"));
        if (existing != null) {
            term.setValue(existing.term());
            admitted.setValue(String.join("; ", existing.admittedTerms()));
            definition.setValue(existing.definition());
            note.setValue(existing.note() == null ? "" : existing.note());
            source.setValue(existing.source() == null ? "" : existing.source());
        }
        add(term, admitted, definition, note, source);
        Button ok = new Button(existing == null ? UiText.t("drafting.term.add") : UiText.t("drafting.term.save"), e -> {
            List<String> admittedList = Arrays.stream(admitted.getValue().split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            try {
                save.accept(new NewTerm(term.getValue(), admittedList, definition.getValue(), note.getValue(), source.getValue()));
                close();
            } catch (InvalidInputException ex) {
                definition.setInvalid(true);
                definition.setErrorMessage(UiText.problem(ex));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("save-term");
        getFooter().add(new Button(UiText.t("drafting.cancel"), e -> close()));
        if (existing != null && remove != null) {
            Button delete = new Button(UiText.t("drafting.term.remove"), e -> {
                remove.run();
                close();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().add(delete);
        }
        getFooter().add(ok);
        term.focus();
    }
}
