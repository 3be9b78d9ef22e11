package org.accord.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.accord.crosswalk.CrosswalkInterchange;
import org.accord.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

import java.util.Locale;
import java.util.UUID;

/** Imports a crosswalk from OSCAL mapping-collection JSON or an OLIR/STRM CSV; all or nothing, with every problem named. */
class ImportMappingsDialog extends Dialog {

    ImportMappingsDialog(CrosswalkInterchange interchange, UUID draftId, Runnable imported) {
        setHeaderTitle(UiText.t("crosswalk.import-mappings.title"));
        setId("import-mappings");
        setWidth("min(760px, 96vw)");
        Paragraph status = new Paragraph(UiText.t("crosswalk.import-mappings.intro"));
        status.getElement().setAttribute("aria-live", "polite");
        status.setId("mapping-import-status");
        UnorderedList problems = new UnorderedList();
        UI ui = UI.getCurrent();
        Upload[] holder = new Upload[1];
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            ui.access(() -> holder[0].clearFileList());
            String name = meta.fileName() == null ? "" : meta.fileName().toLowerCase(Locale.ROOT);
            try {
                CrosswalkInterchange.MappingImport r = name.endsWith(".csv")
                        ? interchange.importOlir(draftId, bytes) : interchange.importOscal(draftId, bytes);
                ui.access(() -> {
                    problems.removeAll();
                    status.setText(UiText.t("crosswalk.import-mappings.done", r.created(), r.updated(), r.unchanged()));
                    r.warnings().forEach(w -> problems.add(new ListItem(w)));
                    imported.run();
                });
            } catch (InvalidInputException | AccessDeniedException e) {
                ui.access(() -> {
                    status.setText(UiText.problem(e));
                    problems.removeAll();
                    if (e instanceof InvalidInputException ie) {
                        UiText.details(ie).forEach(d -> problems.add(new ListItem(d)));
                    }
                });
            }
        }));
        holder[0] = upload;
        upload.setAcceptedFileTypes(".json", ".csv", "application/json", "text/csv");
        UiText.limitUpload(upload, 20);
        upload.setMaxFiles(1);
        add(upload, status, problems);
        getFooter().add(new Button(UiText.t("crosswalk.close"), e -> close()));
    }
}
