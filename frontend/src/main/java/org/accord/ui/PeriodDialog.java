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
        setHeaderTitle("Open a comment period");
        setId("period-dialog");
        Select<String> version = new Select<>();
        version.setLabel("On version");
        version.setItems(versions.versions(draftId).stream().map(VersionSummary::label).toList());
        version.setId("period-version");
        DateTimePicker deadline = new DateTimePicker("Deadline (UTC)");
        deadline.setValue(LocalDateTime.now(ZoneOffset.UTC).plusWeeks(8).withHour(23).withMinute(59).withSecond(0).withNano(0));
        deadline.setId("period-deadline");
        Checkbox late = new Checkbox("Accept late comments (they are marked late)");
        TextField note = new TextField("Note to participants");
        note.setWidthFull();
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        if (versions.versions(draftId).isEmpty()) {
            error.setText("Freeze a version first: comments are made on a frozen version.");
        }
        add(version, deadline, late, note, error);
        Button open = new Button("Open period", e -> {
            try {
                commenting.openPeriod(draftId, version.getValue(),
                        deadline.getValue() == null ? null : deadline.getValue().atZone(ZoneId.of("UTC")).toInstant(),
                        late.getValue(), note.getValue());
                close();
                opened.run();
            } catch (InvalidInputException ex) {
                error.setText(ex.getMessage());
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("confirm-period");
        getFooter().add(new Button("Cancel", e -> close()), open);
    }
}
