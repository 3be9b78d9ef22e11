package org.accord.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.accord.commenting.CommentingService;
import org.accord.commenting.TemplateImport;
import org.accord.shared.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.util.UUID;

/**
 * Imports a filled-in commenting template. Rows that cannot be used are listed first; the valid
 * rows are imported only when the person confirms.
 */
class ImportCommentsDialog extends Dialog {

    ImportCommentsDialog(CommentingService commenting, UUID draftId, Runnable imported) {
        setHeaderTitle(UiText.t("commenting.import.title"));
        setId("import-comments-dialog");
        setWidth("min(720px, 95vw)");
        Paragraph status = new Paragraph(UiText.t("commenting.import.intro"));
        status.getElement().setAttribute("aria-live", "polite");
        UnorderedList problems = new UnorderedList();
        Button confirm = new Button(UiText.t("commenting.import.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setVisible(false);
        byte[][] file = new byte[1][];
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            file[0] = bytes;
            try {
                TemplateImport r = commenting.importXlsx(draftId, new ByteArrayInputStream(bytes), false);
                ui.access(() -> show(r, status, problems, confirm, imported));
            } catch (InvalidInputException e) {
                ui.access(() -> {
                    status.setText(UiText.problem(e));
                    problems.removeAll();
                    confirm.setVisible(false);
                });
            }
        }));
        upload.setAcceptedFileTypes(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        UiText.limitUpload(upload, 10);
        upload.setMaxFiles(1);
        upload.setI18n(new com.vaadin.flow.component.upload.UploadI18N()
                .setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles()
                        .setOne(UiText.t("commenting.upload.add")).setMany(UiText.t("commenting.upload.add")))
                .setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles()
                        .setOne(UiText.t("commenting.upload.drop")).setMany(UiText.t("commenting.upload.drop")))
                .setError(new com.vaadin.flow.component.upload.UploadI18N.Error()
                        .setTooManyFiles(UiText.t("commenting.upload.too-many"))
                        .setFileIsTooBig(UiText.t("commenting.upload.too-big"))
                        .setIncorrectFileType(UiText.t("commenting.upload.wrong-type"))));
        confirm.addClickListener(e -> {
            try {
                TemplateImport r = commenting.importXlsx(draftId, new ByteArrayInputStream(file[0]), true);
                status.setText(UiText.t("commenting.import.done-partly", r.imported(), r.errors().size()));
                confirm.setVisible(false);
                imported.run();
            } catch (InvalidInputException ex) {
                status.setText(UiText.problem(ex));
            }
        });
        add(upload, status, problems);
        getFooter().add(new Button(UiText.t("commenting.close"), e -> close()), confirm);
    }

    private static void show(TemplateImport r, Paragraph status, UnorderedList problems, Button confirm, Runnable imported) {
        problems.removeAll();
        r.errors().forEach(e -> problems.add(new ListItem((e.row() > 0 ? UiText.t("commenting.import.row", String.valueOf(e.row())) + ", " : "") + e.column() + ": " + UiText.text(e.reason()))));
        if (r.imported() > 0) {
            status.setText(UiText.t("commenting.import.done", r.imported()));
            imported.run();
        } else if (r.needsConfirmation()) {
            status.setText(UiText.t("commenting.import.check", r.validRows(), r.errors().size()));
            confirm.setVisible(true);
        } else {
            status.setText(UiText.t("commenting.import.none"));
        }
    }
}
