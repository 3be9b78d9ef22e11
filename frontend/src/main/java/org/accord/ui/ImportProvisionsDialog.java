package org.accord.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.accord.crosswalk.CrosswalkService;
import org.accord.crosswalk.InstrumentSummary;
import org.accord.crosswalk.ProvisionImport;
import org.accord.crosswalk.interchange.AkomaNtoso;
import org.accord.crosswalk.interchange.ImportedProvision;
import org.accord.crosswalk.interchange.ProvisionCsv;
import org.accord.shared.InvalidInputException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Imports an instrument's provisions from CSV (columns mapped in a preview) or Akoma Ntoso XML, with a progress
 * bar; a re-import updates by identifier and reports what disappeared. Nothing is written unless all rows are sound.
 */
class ImportProvisionsDialog extends Dialog {

    /** The "no column" choice (shown in the page's language). */
    private static final String NONE = "(none)";

    private final CrosswalkService crosswalk;
    private final InstrumentSummary instrument;
    private final Runnable imported;
    private final Div preview = new Div();
    private final Paragraph status = new Paragraph();
    private final UnorderedList problems = new UnorderedList();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Button importButton = new Button(UiText.t("crosswalk.import-provisions.import"));
    private Supplier<List<ImportedProvision>> parse;
    private String workIri;

    ImportProvisionsDialog(CrosswalkService crosswalk, InstrumentSummary instrument, Runnable imported) {
        this.crosswalk = crosswalk;
        this.instrument = instrument;
        this.imported = imported;
        setHeaderTitle(UiText.t("crosswalk.import-provisions.title", instrument.label()));
        setId("import-provisions");
        setWidth("min(960px, 96vw)");
        status.getElement().setAttribute("aria-live", "polite");
        status.setId("import-status");
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", UiText.t("crosswalk.import-provisions.progress"));
        problems.setId("import-problems");
        UI ui = UI.getCurrent();
        Upload[] holder = new Upload[1];
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            String name = meta.fileName() == null ? "" : meta.fileName().toLowerCase(Locale.ROOT);
            ui.access(() -> {
                read(name, bytes);
                // one file at a time, but a corrected file can follow without removing this one first
                holder[0].clearFileList();
            });
        }));
        holder[0] = upload;
        upload.setAcceptedFileTypes(".csv", ".xml", ".akn", "text/csv", "application/xml", "text/xml");
        UiText.limitUpload(upload, 50);
        upload.setMaxFiles(1);
        upload.setId("provision-upload");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> run(ui));
        add(new Paragraph(UiText.t("crosswalk.import-provisions.intro")),
                upload, preview, progress, status, problems);
        getFooter().add(new Button(UiText.t("crosswalk.close"), e -> close()), importButton);
    }

    private void read(String name, byte[] bytes) {
        preview.removeAll();
        problems.removeAll();
        parse = null;
        workIri = null;
        importButton.setEnabled(false);
        try {
            if (name.endsWith(".xml") || name.endsWith(".akn")) {
                AkomaNtoso.Parsed parsed = AkomaNtoso.parse(bytes);
                workIri = parsed.workIri();
                parse = parsed::provisions;
                status.setText(UiText.t("crosswalk.import-provisions.akn", (parsed.title() == null ? "" : " “" + parsed.title() + "”")
                        + (parsed.workIri() == null ? "" : " (" + parsed.workIri() + ")"), parsed.provisions().size()));
                preview.add(sample(parsed.provisions()));
            } else {
                ProvisionCsv.Preview p = ProvisionCsv.preview(bytes, 5);
                preview.add(csvPreview(p, bytes));
            }
            importButton.setEnabled(parse != null);
        } catch (InvalidInputException ex) {
            fail(ex);
        }
    }

    private Div csvPreview(ProvisionCsv.Preview p, byte[] bytes) {
        Div box = new Div();
        status.setText(UiText.t("crosswalk.import-provisions.csv", p.totalRows()));
        List<String> options = new ArrayList<>(List.of(NONE));
        options.addAll(p.headers());
        ProvisionCsv.ColumnMapping guess = p.suggestedMapping();
        Select<String> id = column(UiText.t("crosswalk.import-provisions.identifier"), options, guess.identifier(), "column-identifier");
        Select<String> parent = column(UiText.t("crosswalk.import-provisions.parent"), options, guess.parent(), "column-parent");
        Select<String> number = column(UiText.t("crosswalk.import-provisions.number"), options, guess.number(), "column-number");
        Select<String> heading = column(UiText.t("crosswalk.import-provisions.heading"), options, guess.heading(), "column-heading");
        Select<String> text = column(UiText.t("crosswalk.import-provisions.text"), options, guess.text(), "column-text");
        Select<String> language = column(UiText.t("crosswalk.instrument.language"), options, guess.language(), "column-language");
        Div row = new Div(id, parent, number, heading, text, language);
        row.addClassName("form-row");
        Grid<List<String>> grid = new Grid<>();
        for (int c = 0; c < p.headers().size(); c++) {
            int col = c;
            grid.addColumn(r -> col < r.size() ? r.get(col) : "").setHeader(p.headers().get(c)).setResizable(true);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(p.rows());
        grid.setAllRowsVisible(true);
        grid.setId("csv-preview");
        parse = () -> ProvisionCsv.parse(bytes, new ProvisionCsv.ColumnMapping(value(id), value(parent), value(number),
                value(heading), value(text), value(language)));
        box.add(row, grid);
        return box;
    }

    private static Select<String> column(String label, List<String> options, String preset, String id) {
        Select<String> s = new Select<>();
        s.setLabel(label);
        s.setId(id);
        s.setItems(options);
        s.setItemLabelGenerator(o -> NONE.equals(o) ? UiText.t("crosswalk.import-provisions.no-column") : o);
        s.setValue(preset != null && options.contains(preset) ? preset : NONE);
        return s;
    }

    private static String value(Select<String> s) {
        return s.getValue() == null || NONE.equals(s.getValue()) ? null : s.getValue();
    }

    private static UnorderedList sample(List<ImportedProvision> list) {
        UnorderedList ul = new UnorderedList();
        list.stream().limit(8).forEach(p -> ul.add(new ListItem((p.parentIdentifier() == null ? "" : "↳ ")
                + p.number() + (p.heading() == null ? "" : " " + p.heading()) + " [" + p.identifier() + "]")));
        if (list.size() > 8) {
            ul.add(new ListItem(UiText.t("crosswalk.import-provisions.more", list.size() - 8)));
        }
        return ul;
    }

    /** Parses and imports off the UI thread, so the progress bar moves while rows are written. */
    private void run(UI ui) {
        Supplier<List<ImportedProvision>> source = parse;
        String iri = workIri;
        importButton.setEnabled(false);
        problems.removeAll();
        progress.setValue(0);
        progress.setVisible(true);
        status.setText(UiText.t("crosswalk.import-provisions.importing"));
        Thread worker = new Thread(new DelegatingSecurityContextRunnable(() -> {
            try {
                List<ImportedProvision> rows = source.get();
                ProvisionImport r = crosswalk.importProvisions(instrument.id(), rows, iri,
                        share -> ui.access(() -> {
                            progress.setValue(share);
                            status.setText(UiText.t("crosswalk.import-provisions.importing.share", Math.round(share * 100), rows.size()));
                        }));
                ui.access(() -> done(r));
            } catch (InvalidInputException ex) {
                ui.access(() -> fail(ex));
            } catch (RuntimeException ex) {
                ui.access(() -> fail(UiText.t("crosswalk.import-provisions.failed", UiText.problem(ex)), List.of()));
            }
        }), "provision-import");
        worker.setDaemon(true);
        worker.start();
    }

    private void done(ProvisionImport r) {
        progress.setValue(1);
        status.setText(UiText.t("crosswalk.import-provisions.done", r.added(), r.updated(), r.unchanged())
                + (r.disappeared().isEmpty() ? "." : "; " + (r.mappingsOnDisappeared() > 0
                ? UiText.t("crosswalk.import-provisions.disappeared.mapped", r.disappeared().size(), r.mappingsOnDisappeared())
                : UiText.t("crosswalk.import-provisions.disappeared", r.disappeared().size()))));
        r.disappeared().forEach(d -> problems.add(new ListItem(d)));
        imported.run();
    }

    private void fail(InvalidInputException ex) {
        fail(UiText.problem(ex), UiText.details(ex));
    }

    private void fail(String message, List<String> details) {
        progress.setVisible(false);
        status.setText(message);
        problems.removeAll();
        details.forEach(d -> problems.add(new ListItem(d)));
        importButton.setEnabled(parse != null);
    }
}
