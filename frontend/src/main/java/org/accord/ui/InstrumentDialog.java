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

import java.util.UUID;
import java.util.function.Consumer;

/** Records a legal or voluntary instrument (secretariat): who made it, how binding it is, where it stands. */
class InstrumentDialog extends Dialog {

    InstrumentDialog(CrosswalkService crosswalk, Consumer<UUID> created) {
        setHeaderTitle(UiText.t("crosswalk.instrument.dialog"));
        setId("instrument-dialog");
        setWidth("min(760px, 96vw)");
        TextField code = new TextField(UiText.t("crosswalk.instrument.code"));
        code.setHelperText(UiText.t("crosswalk.instrument.code.help"));
        code.setId("instrument-code");
        TextField jurisdiction = new TextField(UiText.t("crosswalk.jurisdiction"));
        jurisdiction.setHelperText(UiText.t("crosswalk.instrument.jurisdiction.help"));
        jurisdiction.setId("instrument-jurisdiction");
        Select<JurisdictionKind> kind = select(UiText.t("crosswalk.instrument.jurisdiction-kind"), JurisdictionKind.values(), JurisdictionKind.COUNTRY, CrosswalkLabels::jurisdictionKind);
        TextField jurisdictionName = new TextField(UiText.t("crosswalk.instrument.jurisdiction-name"));
        TextField title = new TextField(UiText.t("crosswalk.instrument.title"));
        TextField shortTitle = new TextField(UiText.t("crosswalk.instrument.short-title"));
        Select<InstrumentType> type = select(UiText.t("crosswalk.instrument.type"), InstrumentType.values(), InstrumentType.LAW, CrosswalkLabels::type);
        Select<BindingNature> nature = new Select<>();
        nature.setLabel(UiText.t("crosswalk.binding-nature"));
        nature.setItems(BindingNature.values());
        nature.setItemLabelGenerator(CrosswalkLabels::nature);
        nature.setValue(BindingNature.BINDING_LAW);
        Select<InstrumentStatus> status = select(UiText.t("crosswalk.instrument.status"), InstrumentStatus.values(), InstrumentStatus.ADOPTED, CrosswalkLabels::instrumentStatus);
        DatePicker adopted = new DatePicker(UiText.t("crosswalk.instrument.adopted"));
        DatePicker inForce = new DatePicker(UiText.t("crosswalk.instrument.in-force"));
        DatePicker repealed = new DatePicker(UiText.t("crosswalk.instrument.repealed"));
        TextField eli = new TextField("ELI");
        TextField akn = new TextField(UiText.t("crosswalk.instrument.akn"));
        TextField urn = new TextField("URN");
        TextField url = new TextField("URL");
        TextField language = new TextField(UiText.t("crosswalk.instrument.language"));
        language.setValue("en");
        FormLayout form = new FormLayout(code, jurisdiction, kind, jurisdictionName, title, shortTitle, type, nature, status,
                adopted, inForce, repealed, eli, akn, urn, url, language);
        form.setColspan(title, 2);
        add(form);
        Button save = new Button(UiText.t("crosswalk.instrument.add"), e -> {
            try {
                UUID id = crosswalk.createInstrument(new NewInstrument(code.getValue(), jurisdiction.getValue(),
                        kind.getValue(), jurisdictionName.getValue(), title.getValue(), shortTitle.getValue(), type.getValue(),
                        nature.getValue(), status.getValue(), adopted.getValue(), inForce.getValue(), repealed.getValue(),
                        eli.getValue(), akn.getValue(), urn.getValue(), url.getValue(), language.getValue()));
                close();
                UiText.notify(UiText.t("crosswalk.instrument.added", code.getValue().trim()), false);
                created.accept(id);
            } catch (InvalidInputException | AccessDeniedException ex) {
                UiText.notify(UiText.problem(ex), true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(UiText.t("crosswalk.cancel"), e -> close()), save);
    }

    private static <E extends Enum<E>> Select<E> select(String label, E[] values, E initial,
                                                        com.vaadin.flow.component.ItemLabelGenerator<E> labels) {
        Select<E> s = new Select<>();
        s.setLabel(label);
        s.setItems(values);
        s.setItemLabelGenerator(labels);
        s.setValue(initial);
        return s;
    }
}
