package org.accord.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.accord.commenting.CommentingService;
import org.accord.drafting.VersionService;
import org.accord.drafting.VersionSummary;
import org.accord.shared.InvalidInputException;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

/** The secretariat opens a comment period on a frozen version, with a deadline in UTC. */
class PeriodDialog extends Dialog {

    PeriodDialog(CommentingService commenting, VersionService versions, UUID draftId, Runnable opened) {
        setHeaderTitle(UiText.t("commenting.period.title"));
        setId("period-dialog");
        Select<String> version = new Select<>();
        version.setLabel(UiText.t("commenting.period.version"));
        version.setItems(versions.versions(draftId).stream().map(VersionSummary::label).toList());
        version.setId("period-version");
        DateTimePicker deadline = new DateTimePicker(UiText.t("commenting.period.deadline"));
        deadline.setValue(LocalDateTime.now(ZoneOffset.UTC).plusWeeks(8).withHour(23).withMinute(59).withSecond(0).withNano(0));
        deadline.setId("period-deadline");
        Checkbox late = new Checkbox(UiText.t("commenting.period.late"));
        TextField note = new TextField(UiText.t("commenting.period.note"));
        note.setWidthFull();
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        if (versions.versions(draftId).isEmpty()) {
            error.setText(UiText.t("commenting.period.freeze-first"));
        }
        add(version, deadline, late, note, error);
        Button open = new Button(UiText.t("commenting.period.open"), e -> {
            try {
                commenting.openPeriod(draftId, version.getValue(),
                        deadline.getValue() == null ? null : deadline.getValue().atZone(ZoneId.of("UTC")).toInstant(),
                        late.getValue(), note.getValue());
                close();
                opened.run();
            } catch (InvalidInputException ex) {
                error.setText(UiText.problem(ex));
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("confirm-period");
        getFooter().add(new Button(UiText.t("commenting.cancel"), e -> close()), open);
    }
}
