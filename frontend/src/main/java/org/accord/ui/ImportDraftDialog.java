package org.accord.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.accord.drafting.DraftingService;
import org.accord.membership.WorkingGroupSummary;
import org.accord.shared.InvalidInputException;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Creates a draft from a NISO STS XML file or a numbered Markdown file. The import is all or
 * nothing; a failure names the element or line.
 */
class ImportDraftDialog extends Dialog {

    ImportDraftDialog(DraftingService drafting, List<WorkingGroupSummary> groups) {
        setHeaderTitle(UiText.t("drafting.import.title"));
        setId("import-dialog");
        setWidth("min(640px, 95vw)");
        Select<WorkingGroupSummary> group = new Select<>();
        group.setLabel(UiText.t("drafting.import.working-group"));
        group.setItems(groups);
        group.setItemLabelGenerator(WorkingGroupSummary::label);
        if (!groups.isEmpty()) {
            group.setValue(groups.getFirst());
        }
        TextField reference = new TextField(UiText.t("drafting.import.reference"));
        reference.setWidthFull();
        reference.setMaxLength(100);
        reference.setId("import-reference");
        Paragraph status = new Paragraph(UiText.t("drafting.import.formats"));
        status.setId("import-status");
        status.getElement().setAttribute("aria-live", "polite");

        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            String name = meta.fileName() == null ? "" : meta.fileName().toLowerCase(Locale.ROOT);
            DraftingService.ImportFormat format = name.endsWith(".xml") ? DraftingService.ImportFormat.STS
                    : DraftingService.ImportFormat.MARKDOWN;
            try {
                UUID id = drafting.importDraft(group.getValue().id(), format, bytes, reference.getValue(), "20.20");
                ui.access(() -> {
                    close();
                    ui.navigate(DraftView.class, DraftView.params(id));
                });
            } catch (InvalidInputException e) {
                ui.access(() -> {
                    status.setText(UiText.problem(e));
                    status.addClassName("import-error");
                });
            }
        }));
        upload.setAcceptedFileTypes(".xml", ".md", ".markdown", "application/xml", "text/xml", "text/markdown");
        upload.setMaxFiles(1);
        upload.setI18n(DraftingText.upload(DraftingText.current()));
        UiText.limitUpload(upload, 20);
        upload.setId("import-upload");
        add(group, reference, upload, status);
        getFooter().add(new Button(UiText.t("drafting.close"), e -> close()));
    }
}
