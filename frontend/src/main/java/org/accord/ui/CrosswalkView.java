package org.accord.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.*;
import jakarta.annotation.security.PermitAll;
import org.accord.crosswalk.*;
import org.accord.crosswalk.mapping.Relationship;
import org.accord.drafting.DraftSummary;
import org.accord.drafting.DraftingService;
import org.accord.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

import java.util.*;
import java.util.stream.Collectors;

/**
 * A draft's crosswalk to the law: the clause × instrument matrix, gap reports, two jurisdictions compared through
 * the standard, national deviations and adoption profiles, and the instruments themselves.
 */
@Route("crosswalk/:draftId?")
@PageTitle("Crosswalk · Accord")
@Menu(order = 5, title = "Crosswalk", icon = "vaadin:connect")
@PermitAll
public class CrosswalkView extends Main implements BeforeEnterObserver {

    private final DraftingService drafting;
    private final CrosswalkService crosswalk;
    private final MappingService mappings;
    private final CrosswalkInterchange interchange;

    private final Select<DraftSummary> draftSelect = new Select<>();
    private final Div content = new Div();
    private DraftSummary draft;
    private CrosswalkPanel panel;

    CrosswalkView(DraftingService drafting, CrosswalkService crosswalk, MappingService mappings,
                  CrosswalkInterchange interchange) {
        this.drafting = drafting;
        this.crosswalk = crosswalk;
        this.mappings = mappings;
        this.interchange = interchange;
        addClassName("crosswalk-view");
        draftSelect.setLabel("Draft");
        draftSelect.setItemLabelGenerator(d -> d.reference() + " — " + d.title());
        draftSelect.setWidth("min(100%, 40em)");
        draftSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI().navigate(CrosswalkView.class, params(e.getValue().id()));
            }
        });
        add(new H2("Crosswalk"), draftSelect, content);
    }

    private com.vaadin.flow.component.UI UI() {
        return getUI().orElseGet(com.vaadin.flow.component.UI::getCurrent);
    }

    static RouteParameters params(UUID draftId) {
        return new RouteParameters("draftId", draftId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<DraftSummary> drafts = drafting.drafts();
        draftSelect.setItems(drafts);
        Optional<UUID> id = event.getRouteParameters().get("draftId").flatMap(WorkingGroupSelect::uuid);
        draft = id.flatMap(i -> drafts.stream().filter(d -> d.id().equals(i)).findFirst())
                .or(() -> drafts.stream().findFirst()).orElse(null);
        content.removeAll();
        if (draft == null) {
            content.add(new Paragraph("You are not a member of any working group with a draft yet."));
            return;
        }
        draftSelect.setValue(draft);
        Sections sections = new Sections();
        Div matrix = new Div();
        Div gaps = new Div();
        Div compare = new Div();
        Div deviations = new Div();
        Div adoption = new Div();
        Div instruments = new Div();
        sections.add("Matrix", matrix, () -> renderMatrix(matrix, Set.of()));
        sections.add("Gaps", gaps, () -> renderGaps(gaps, null));
        sections.add("Compare jurisdictions", compare, () -> renderCompare(compare, null, null));
        sections.add("National deviations", deviations, () -> renderDeviations(deviations));
        sections.add("Adoption profiles", adoption, () -> renderAdoption(adoption, null));
        sections.add("Instruments", instruments, () -> renderInstruments(instruments));
        content.add(sections);
    }

    // ---- matrix ----

    private void renderMatrix(Div box, Set<BindingNature> natures) {
        box.removeAll();
        CrosswalkMatrix m = mappings.matrix(draft.id(), natures);
        MultiSelectComboBox<BindingNature> filter = new MultiSelectComboBox<>("Binding nature");
        filter.setId("matrix-filter");
        filter.setItems(BindingNature.values());
        filter.setItemLabelGenerator(CrosswalkLabels::nature);
        filter.setPlaceholder("All instruments");
        filter.setValue(natures);
        filter.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                renderMatrix(box, e.getValue());
            }
        });
        Div toolbar = new Div(filter, UiText.download("Export matrix (CSV)", fileBase() + "-crosswalk-matrix.csv",
                "text/csv;charset=UTF-8", () -> interchange.matrixCsv(draft.id(), natures)),
                UiText.download("Export OSCAL mapping collection", fileBase() + ".oscal-mapping.json",
                        "application/json", () -> interchange.exportOscal(draft.id())),
                UiText.download("Export OLIR CSV", fileBase() + "-olir.csv", "text/csv;charset=UTF-8",
                        () -> interchange.exportOlir(draft.id())));
        toolbar.addClassName("draft-toolbar");
        if (mappings.canMap(draft.id())) {
            Button importButton = new Button("Import mappings…", e -> new ImportMappingsDialog(interchange, draft.id(),
                    () -> renderMatrix(box, natures)).open());
            importButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            toolbar.add(importButton);
        }
        box.add(toolbar, legend());
        Grid<CrosswalkMatrix.Row> grid = new Grid<>();
        grid.setId("crosswalk-matrix");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(LitRenderer.<CrosswalkMatrix.Row>of(
                        "<span class='clause-cell' style='padding-left:${item.indent}em'><b>${item.number}</b> ${item.title}</span>")
                        .withProperty("indent", r -> r.depth())
                        .withProperty("number", r -> r.clause().number())
                        .withProperty("title", r -> r.clause().title() == null ? "" : r.clause().title()))
                .setHeader("Clause").setFrozen(true).setAutoWidth(false).setWidth("340px").setFlexGrow(0);
        for (int c = 0; c < m.columns().size(); c++) {
            int col = c;
            CrosswalkMatrix.Column column = m.columns().get(c);
            Span header = new Span(column.label());
            header.getElement().setAttribute("title", column.jurisdictionName() + " · " + CrosswalkLabels.nature(column.bindingNature())
                    + (column.status().isDefunct() ? " · " + column.status().name().toLowerCase() : ""));
            Span jurisdiction = new Span(column.jurisdiction());
            jurisdiction.addClassName("matrix-jurisdiction");
            Div head = new Div(jurisdiction, header);
            head.addClassName("matrix-head");
            grid.addColumn(LitRenderer.<CrosswalkMatrix.Row>of(
                            "<span class='matrix-cell ${item.cls}' data-cell='${item.key}' title='${item.tip}'>${item.txt}</span>")
                            .withProperty("cls", r -> cell(r, col) == null ? "rel-none" : CrosswalkLabels.cssClass(cell(r, col).strongest()))
                            .withProperty("key", r -> r.clause().number() + "|" + column.code())
                            .withProperty("tip", r -> tip(r, col, column))
                            .withProperty("txt", r -> text(cell(r, col))))
                    .setHeader(head).setWidth("112px").setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.CENTER);
        }
        grid.setItems(m.rows());
        grid.setHeight("70vh");
        grid.addItemClickListener(e -> panel = CrosswalkPanel.replace(panel, new CrosswalkPanel(crosswalk, mappings,
                draft.id(), e.getItem().clause(), () -> renderMatrix(box, natures))));
        box.add(new Paragraph("Each cell shows the strongest relationship of the clause to any provision of the "
                + "instrument, with its strength. Select a row to open the clause's crosswalk."), grid);
    }

    private static CrosswalkMatrix.Cell cell(CrosswalkMatrix.Row r, int col) {
        return r.cells().get(col);
    }

    private static String text(CrosswalkMatrix.Cell c) {
        if (c == null) {
            return "";
        }
        return CrosswalkLabels.symbol(c.strongest()) + (c.strength() == null ? "" : " " + c.strength());
    }

    private static String tip(CrosswalkMatrix.Row r, int col, CrosswalkMatrix.Column column) {
        CrosswalkMatrix.Cell c = cell(r, col);
        return r.clause().number() + " × " + column.label() + ": " + (c == null ? "not mapped"
                : c.strongest().label() + (c.strength() == null ? "" : ", strength " + c.strength())
                + " (" + c.mappings() + (c.mappings() == 1 ? " mapping)" : " mappings)"));
    }

    private static Div legend() {
        Div legend = new Div();
        legend.addClassName("matrix-legend");
        legend.getElement().setAttribute("aria-label", "Legend");
        for (Relationship r : Relationship.values()) {
            Span s = new Span(CrosswalkLabels.symbol(r) + " " + r.label());
            s.addClassNames("matrix-cell", CrosswalkLabels.cssClass(r));
            legend.add(s);
        }
        Span none = new Span("blank: not mapped");
        none.addClassNames("matrix-cell", "rel-none");
        legend.add(none);
        return legend;
    }

    // ---- gaps ----

    private Select<String> scopeSelect(String label, String id) {
        Select<String> s = new Select<>();
        s.setLabel(label);
        s.setId(id);
        LinkedHashMap<String, String> options = new LinkedHashMap<>();
        mappings.jurisdictions().forEach((code, name) -> options.put(code, code + " · " + name));
        crosswalk.instruments().forEach(i -> options.put(i.code(), i.code() + " · " + i.label() + " (instrument)"));
        s.setItems(options.keySet());
        s.setItemLabelGenerator(k -> options.getOrDefault(k, k));
        s.setWidth("min(100%, 26em)");
        return s;
    }

    private void renderGaps(Div box, String scope) {
        box.removeAll();
        Select<String> pick = scopeSelect("Jurisdiction or instrument", "gap-scope");
        box.add(pick);
        String chosen = scope != null ? scope : mappings.jurisdictions().keySet().stream().findFirst().orElse(null);
        if (chosen == null) {
            box.add(new Paragraph("No instruments are recorded yet."));
            return;
        }
        pick.setValue(chosen);
        pick.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                renderGaps(box, e.getValue());
            }
        });
        CrosswalkGaps g = mappings.gaps(draft.id(), chosen);
        Div report = new Div();
        report.setId("gap-report");
        report.add(new Paragraph(g.scopeLabel() + ": of " + g.clauseCount() + " requirement clauses, " + g.unmapped().size()
                + " have no mapping and " + g.weak().size() + " only “intersects with”; " + g.uncovered().size()
                + " of " + g.provisionCount() + " provisions are covered by no clause."));
        report.add(new H3("Clauses with no mapping (" + g.unmapped().size() + ")"), clauseList(g.unmapped(), "gap-unmapped"));
        report.add(new H3("Clauses with only weak mappings (" + g.weak().size() + ")"), clauseList(g.weak(), "gap-weak"));
        UnorderedList provisions = new UnorderedList();
        provisions.setId("gap-uncovered");
        g.uncovered().forEach(p -> provisions.add(new ListItem(p.instrumentCode() + " " + p.label())));
        report.add(new H3("Provisions no clause covers (" + g.uncovered().size() + ")"), provisions);
        box.add(report);
    }

    private UnorderedList clauseList(List<ClauseRef> clauses, String id) {
        UnorderedList ul = new UnorderedList();
        ul.setId(id);
        for (ClauseRef c : clauses) {
            ul.add(new ListItem(new RouterLink(c.label(), DraftView.class, new RouteParameters(Map.of(
                    "draftId", draft.id().toString(), "clauseId", c.id().toString())))));
        }
        if (clauses.isEmpty()) {
            ul.add(new ListItem("None."));
        }
        return ul;
    }

    // ---- comparison ----

    private void renderCompare(Div box, String left, String right) {
        box.removeAll();
        List<String> codes = new ArrayList<>(mappings.jurisdictions().keySet());
        if (codes.size() < 2) {
            box.add(new Paragraph("Comparison needs instruments of two jurisdictions."));
            return;
        }
        Select<String> l = scopeSelect("Left", "compare-left");
        Select<String> r = scopeSelect("Right", "compare-right");
        String lv = left != null ? left : codes.get(0);
        String rv = right != null ? right : codes.get(1);
        l.setValue(lv);
        r.setValue(rv);
        l.addValueChangeListener(e -> { if (e.isFromClient()) renderCompare(box, e.getValue(), r.getValue()); });
        r.addValueChangeListener(e -> { if (e.isFromClient()) renderCompare(box, l.getValue(), e.getValue()); });
        Div pickers = new Div(l, r);
        pickers.addClassName("form-row");
        box.add(pickers);
        JurisdictionComparison cmp = mappings.compare(draft.id(), lv, rv);
        Grid<JurisdictionComparison.Row> grid = new Grid<>();
        grid.setId("comparison");
        grid.addColumn(row -> links(row.left())).setHeader(lv).setFlexGrow(2);
        grid.addColumn(row -> "↔ " + row.clause().label() + " ↔").setHeader("Clause").setFlexGrow(2);
        grid.addColumn(row -> links(row.right())).setHeader(rv).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(cmp.rows());
        grid.setAllRowsVisible(true);
        long shared = cmp.rows().stream().filter(JurisdictionComparison.Row::shared).count();
        box.add(new Paragraph(shared + " clauses are mapped on both sides; the others show where one jurisdiction "
                + "regulates what the other does not."), grid);
    }

    private static String links(List<JurisdictionComparison.Link> links) {
        return links.stream().map(k -> k.provision().instrumentCode() + " " + k.provision().number() + " ("
                + CrosswalkLabels.symbol(k.relationship()) + " " + k.relationship().label() + ")")
                .collect(Collectors.joining("; "));
    }

    // ---- deviations ----

    private void renderDeviations(Div box) {
        box.removeAll();
        List<DeviationView> list = mappings.deviations(draft.id());
        box.add(new Paragraph("A national deviation (CEN “A-deviation”) records where binding national law forces a "
                + "requirement different from a clause, naming the provision that forces it."));
        Grid<DeviationView> grid = new Grid<>();
        grid.setId("deviations");
        grid.addColumn(d -> d.clause().label()).setHeader("Clause").setFlexGrow(2);
        grid.addColumn(DeviationView::jurisdiction).setHeader("Jurisdiction").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> d.instrumentLabel() + " " + d.provision().number()).setHeader("Forced by").setFlexGrow(2);
        grid.addColumn(DeviationView::requirement).setHeader("National requirement").setFlexGrow(4);
        grid.addColumn(DeviationView::author).setHeader("Recorded by").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        box.add(grid);
        if (mappings.canMap(draft.id())) {
            box.add(deviationForm(box));
        }
    }

    private Div deviationForm(Div box) {
        ComboBox<ClauseRef> clause = clausePicker("deviation-clause");
        Select<InstrumentSummary> instrument = new Select<>();
        instrument.setLabel("Binding instrument");
        instrument.setId("deviation-instrument");
        instrument.setItems(crosswalk.instruments().stream().filter(i -> i.bindingNature().isBinding()).toList());
        instrument.setItemLabelGenerator(i -> i.jurisdiction() + " · " + i.label());
        ComboBox<ProvisionView> provision = new ComboBox<>("Provision that forces it");
        provision.setId("deviation-provision");
        provision.setItemLabelGenerator(ProvisionView::label);
        instrument.addValueChangeListener(e -> provision.setItems(e.getValue() == null ? List.of()
                : crosswalk.provisions(e.getValue().id(), false)));
        TextArea requirement = new TextArea("What the national law requires instead");
        requirement.setId("deviation-requirement");
        requirement.setWidthFull();
        Button save = new Button("Record deviation", e -> {
            if (clause.getValue() == null || instrument.getValue() == null || provision.getValue() == null) {
                UiText.notify("Choose the clause, the instrument and the provision.", true);
                return;
            }
            run(() -> mappings.recordDeviation(draft.id(), new NewDeviation(clause.getValue().id(),
                    instrument.getValue().jurisdiction(), provision.getValue().id(), requirement.getValue())),
                    "Deviation recorded.", () -> renderDeviations(box));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div row = new Div(clause, instrument, provision);
        row.addClassName("form-row");
        Div form = new Div(new H3("Record a national deviation"), row, requirement, save);
        form.addClassName("mapping-form");
        return form;
    }

    private ComboBox<ClauseRef> clausePicker(String id) {
        ComboBox<ClauseRef> clause = new ComboBox<>("Clause");
        clause.setId(id);
        clause.setItems(mappings.matrix(draft.id(), Set.of()).rows().stream().map(CrosswalkMatrix.Row::clause).toList());
        clause.setItemLabelGenerator(ClauseRef::label);
        return clause;
    }

    // ---- adoption profiles ----

    private void renderAdoption(Div box, String jurisdiction) {
        box.removeAll();
        Select<String> pick = new Select<>();
        pick.setLabel("Jurisdiction");
        pick.setId("adoption-jurisdiction");
        LinkedHashMap<String, String> all = mappings.jurisdictions();
        if (all.isEmpty()) {
            box.add(new Paragraph("No instruments are recorded yet."));
            return;
        }
        pick.setItems(all.keySet());
        pick.setItemLabelGenerator(k -> k + " · " + all.get(k));
        String chosen = jurisdiction != null ? jurisdiction : all.keySet().iterator().next();
        pick.setValue(chosen);
        pick.addValueChangeListener(e -> { if (e.isFromClient()) renderAdoption(box, e.getValue()); });
        AdoptionProfile profile = mappings.adoptionProfile(draft.id(), chosen);
        Map<AdoptionDecision, Long> counts = profile.lines().stream().filter(l -> l.decision() != null)
                .collect(Collectors.groupingBy(AdoptionProfile.Line::decision, Collectors.counting()));
        box.add(pick, new Paragraph(chosen + " adopts " + counts.getOrDefault(AdoptionDecision.ADOPT, 0L) + ", adapts "
                + counts.getOrDefault(AdoptionDecision.ADAPT, 0L) + " and omits " + counts.getOrDefault(AdoptionDecision.OMIT, 0L)
                + " of " + profile.lines().size() + " requirement clauses; the rest are undecided."));
        Grid<AdoptionProfile.Line> grid = new Grid<>();
        grid.setId("adoption-profile");
        grid.addColumn(l -> l.clause().label()).setHeader("Clause").setFlexGrow(3);
        grid.addColumn(l -> l.decision() == null ? (l.deviations() > 0 ? "undecided (deviation recorded: adapt?)" : "undecided")
                : l.decision().label()).setHeader("Decision").setFlexGrow(1);
        grid.addColumn(l -> l.note() == null ? "" : l.note()).setHeader("Reason").setFlexGrow(3);
        if (mappings.canMap(draft.id())) {
            grid.addComponentColumn(l -> {
                Button b = new Button("Decide…", e -> decide(box, chosen, l));
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                b.getElement().setAttribute("aria-label", "Decide on clause " + l.clause().number());
                return b;
            }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(profile.lines());
        grid.setAllRowsVisible(true);
        box.add(grid);
    }

    private void decide(Div box, String jurisdiction, AdoptionProfile.Line line) {
        Dialog d = new Dialog();
        d.setHeaderTitle(jurisdiction + ": clause " + line.clause().label());
        RadioButtonGroup<AdoptionDecision> decision = new RadioButtonGroup<>("Decision");
        decision.setItems(AdoptionDecision.values());
        decision.setItemLabelGenerator(AdoptionDecision::label);
        decision.setValue(line.decision() == null ? AdoptionDecision.ADOPT : line.decision());
        TextArea note = new TextArea("Reason (needed to adapt or omit)");
        note.setWidthFull();
        note.setValue(line.note() == null ? "" : line.note());
        d.add(decision, note);
        Button save = new Button("Save", e -> run(() -> mappings.decideAdoption(draft.id(), jurisdiction,
                line.clause().id(), decision.getValue(), note.getValue()), "Decision saved.", () -> {
            d.close();
            renderAdoption(box, jurisdiction);
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button("Cancel", e -> d.close()), save);
        d.open();
    }

    // ---- instruments ----

    private void renderInstruments(Div box) {
        box.removeAll();
        box.add(new InstrumentsPanel(crosswalk));
    }

    private void run(Runnable action, String done, Runnable after) {
        try {
            action.run();
            UiText.notify(done, false);
            after.run();
        } catch (InvalidInputException | AccessDeniedException ex) {
            UiText.notify(ex.getMessage(), true);
        }
    }

    private String fileBase() {
        return draft.reference().replaceAll("[^A-Za-z0-9._-]+", "-");
    }
}
