package org.accord.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.accord.crosswalk.*;
import org.accord.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

/** Records a legal or voluntary instrument (secretariat): who made it, how binding it is, where it stands. */
class InstrumentDialog extends Dialog {

    InstrumentDialog(CrosswalkService crosswalk, Consumer<UUID> created) {
        setHeaderTitle("Add an instrument");
        setId("instrument-dialog");
        setWidth("min(760px, 96vw)");
        TextField code = new TextField("Code");
        code.setHelperText("Short and unique, e.g. EU-AIA");
        code.setId("instrument-code");
        TextField jurisdiction = new TextField("Jurisdiction");
        jurisdiction.setHelperText("EU, BR, US-CO (ISO 3166-2) or a body such as OECD");
        jurisdiction.setId("instrument-jurisdiction");
        Select<JurisdictionKind> kind = select("Jurisdiction kind", JurisdictionKind.values(), JurisdictionKind.COUNTRY);
        TextField jurisdictionName = new TextField("Jurisdiction name");
        TextField title = new TextField("Title");
        TextField shortTitle = new TextField("Short title");
        Select<InstrumentType> type = select("Type", InstrumentType.values(), InstrumentType.LAW);
        Select<BindingNature> nature = new Select<>();
        nature.setLabel("Binding nature");
        nature.setItems(BindingNature.values());
        nature.setItemLabelGenerator(CrosswalkLabels::nature);
        nature.setValue(BindingNature.BINDING_LAW);
        Select<InstrumentStatus> status = select("Status", InstrumentStatus.values(), InstrumentStatus.ADOPTED);
        DatePicker adopted = new DatePicker("Adopted");
        DatePicker inForce = new DatePicker("In force from");
        DatePicker repealed = new DatePicker("Repealed or withdrawn on");
        TextField eli = new TextField("ELI");
        TextField akn = new TextField("Akoma Ntoso work IRI");
        TextField urn = new TextField("URN");
        TextField url = new TextField("URL");
        TextField language = new TextField("Language");
        language.setValue("en");
        FormLayout form = new FormLayout(code, jurisdiction, kind, jurisdictionName, title, shortTitle, type, nature, status,
                adopted, inForce, repealed, eli, akn, urn, url, language);
        form.setColspan(title, 2);
        add(form);
        Button save = new Button("Add instrument", e -> {
            try {
                UUID id = crosswalk.createInstrument(new NewInstrument(code.getValue(), jurisdiction.getValue(),
                        kind.getValue(), jurisdictionName.getValue(), title.getValue(), shortTitle.getValue(), type.getValue(),
                        nature.getValue(), status.getValue(), adopted.getValue(), inForce.getValue(), repealed.getValue(),
                        eli.getValue(), akn.getValue(), urn.getValue(), url.getValue(), language.getValue()));
                close();
                UiText.notify("Instrument " + code.getValue().trim() + " added; import its provisions next.", false);
                created.accept(id);
            } catch (InvalidInputException | AccessDeniedException ex) {
                UiText.notify(ex.getMessage(), true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private static <E extends Enum<E>> Select<E> select(String label, E[] values, E initial) {
        Select<E> s = new Select<>();
        s.setLabel(label);
        s.setItems(values);
        s.setItemLabelGenerator(v -> v.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        s.setValue(initial);
        return s;
    }
}
