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
@Menu(order = 5, title = "Crosswalk", icon = "vaadin:connect")
@PermitAll
public class CrosswalkView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return UiText.t("crosswalk.title") + " · Accord";
    }

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
        draftSelect.setLabel(UiText.t("crosswalk.draft"));
        draftSelect.setItemLabelGenerator(d -> d.reference() + " — " + d.title());
        draftSelect.setWidth("min(100%, 40em)");
        draftSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI().navigate(CrosswalkView.class, params(e.getValue().id()));
            }
        });
        add(new H2(UiText.t("crosswalk.title")), draftSelect, content);
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
            content.add(new Paragraph(UiText.t("crosswalk.no-draft")));
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
        sections.add(UiText.t("crosswalk.section.matrix"), matrix, () -> renderMatrix(matrix, Set.of()));
        sections.add(UiText.t("crosswalk.section.gaps"), gaps, () -> renderGaps(gaps, null));
        sections.add(UiText.t("crosswalk.section.compare"), compare, () -> renderCompare(compare, null, null));
        sections.add(UiText.t("crosswalk.deviations"), deviations, () -> renderDeviations(deviations));
        sections.add(UiText.t("crosswalk.section.adoption"), adoption, () -> renderAdoption(adoption, null));
        sections.add(UiText.t("crosswalk.section.instruments"), instruments, () -> renderInstruments(instruments));
        content.add(sections);
    }

    // ---- matrix ----

    private void renderMatrix(Div box, Set<BindingNature> natures) {
        box.removeAll();
        CrosswalkMatrix m = mappings.matrix(draft.id(), natures);
        MultiSelectComboBox<BindingNature> filter = new MultiSelectComboBox<>(UiText.t("crosswalk.binding-nature"));
        filter.setId("matrix-filter");
        filter.setItems(BindingNature.values());
        filter.setItemLabelGenerator(CrosswalkLabels::nature);
        filter.setPlaceholder(UiText.t("crosswalk.matrix.all-instruments"));
        filter.setValue(natures);
        filter.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                renderMatrix(box, e.getValue());
            }
        });
        Div toolbar = new Div(filter, UiText.download(UiText.t("crosswalk.matrix.export-csv"), fileBase() + "-crosswalk-matrix.csv",
                "text/csv;charset=UTF-8", () -> interchange.matrixCsv(draft.id(), natures)),
                UiText.download(UiText.t("crosswalk.matrix.export-oscal"), fileBase() + ".oscal-mapping.json",
                        "application/json", () -> interchange.exportOscal(draft.id())),
                UiText.download(UiText.t("crosswalk.matrix.export-olir"), fileBase() + "-olir.csv", "text/csv;charset=UTF-8",
                        () -> interchange.exportOlir(draft.id())));
        toolbar.addClassName("draft-toolbar");
        if (mappings.canMap(draft.id())) {
            Button importButton = new Button(UiText.t("crosswalk.matrix.import"), e -> new ImportMappingsDialog(interchange, draft.id(),
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
                .setHeader(UiText.t("crosswalk.clause")).setFrozen(true).setAutoWidth(false).setWidth("340px").setFlexGrow(0);
        for (int c = 0; c < m.columns().size(); c++) {
            int col = c;
            CrosswalkMatrix.Column column = m.columns().get(c);
            Span header = new Span(column.label());
            header.getElement().setAttribute("title", column.jurisdictionName() + " · " + CrosswalkLabels.nature(column.bindingNature())
                    + (column.status().isDefunct() ? " · " + CrosswalkLabels.instrumentStatus(column.status()) : ""));
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
        box.add(new Paragraph(UiText.t("crosswalk.matrix.intro")), grid);
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
        return r.clause().number() + " × " + column.label() + ": " + (c == null ? UiText.t("crosswalk.matrix.not-mapped")
                : CrosswalkLabels.relationship(c.strongest())
                + (c.strength() == null ? "" : ", " + UiText.t("crosswalk.panel.meta.strength", c.strength()))
                + " (" + UiText.t("crosswalk.matrix.mappings", c.mappings()) + ")");
    }

    private static Div legend() {
        Div legend = new Div();
        legend.addClassName("matrix-legend");
        legend.getElement().setAttribute("aria-label", UiText.t("crosswalk.matrix.legend"));
        for (Relationship r : Relationship.values()) {
            Span s = new Span(CrosswalkLabels.symbol(r) + " " + CrosswalkLabels.relationship(r));
            s.addClassNames("matrix-cell", CrosswalkLabels.cssClass(r));
            legend.add(s);
        }
        Span none = new Span(UiText.t("crosswalk.matrix.blank"));
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
        crosswalk.instruments().forEach(i -> options.put(i.code(), i.code() + " · " + i.label() + " (" + UiText.t("crosswalk.gaps.instrument") + ")"));
        s.setItems(options.keySet());
        s.setItemLabelGenerator(k -> options.getOrDefault(k, k));
        s.setWidth("min(100%, 26em)");
        return s;
    }

    private void renderGaps(Div box, String scope) {
        box.removeAll();
        Select<String> pick = scopeSelect(UiText.t("crosswalk.gaps.scope"), "gap-scope");
        box.add(pick);
        String chosen = scope != null ? scope : mappings.jurisdictions().keySet().stream().findFirst().orElse(null);
        if (chosen == null) {
            box.add(new Paragraph(UiText.t("crosswalk.none-recorded")));
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
        report.add(new Paragraph(UiText.t("crosswalk.gaps.summary", g.scopeLabel(), g.clauseCount(), g.unmapped().size(),
                g.weak().size(), g.uncovered().size(), g.provisionCount())));
        report.add(new H3(UiText.t("crosswalk.gaps.unmapped", g.unmapped().size())), clauseList(g.unmapped(), "gap-unmapped"));
        report.add(new H3(UiText.t("crosswalk.gaps.weak", g.weak().size())), clauseList(g.weak(), "gap-weak"));
        UnorderedList provisions = new UnorderedList();
        provisions.setId("gap-uncovered");
        g.uncovered().forEach(p -> provisions.add(new ListItem(p.instrumentCode() + " " + p.label())));
        report.add(new H3(UiText.t("crosswalk.gaps.uncovered", g.uncovered().size())), provisions);
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
            ul.add(new ListItem(UiText.t("crosswalk.gaps.none")));
        }
        return ul;
    }

    // ---- comparison ----

    private void renderCompare(Div box, String left, String right) {
        box.removeAll();
        List<String> codes = new ArrayList<>(mappings.jurisdictions().keySet());
        if (codes.size() < 2) {
            box.add(new Paragraph(UiText.t("crosswalk.compare.needs-two")));
            return;
        }
        Select<String> l = scopeSelect(UiText.t("crosswalk.compare.left"), "compare-left");
        Select<String> r = scopeSelect(UiText.t("crosswalk.compare.right"), "compare-right");
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
        grid.addColumn(row -> "↔ " + row.clause().label() + " ↔").setHeader(UiText.t("crosswalk.clause")).setFlexGrow(2);
        grid.addColumn(row -> links(row.right())).setHeader(rv).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(cmp.rows());
        grid.setAllRowsVisible(true);
        long shared = cmp.rows().stream().filter(JurisdictionComparison.Row::shared).count();
        box.add(new Paragraph(UiText.t("crosswalk.compare.summary", shared)), grid);
    }

    private static String links(List<JurisdictionComparison.Link> links) {
        return links.stream().map(k -> k.provision().instrumentCode() + " " + k.provision().number() + " ("
                + CrosswalkLabels.symbol(k.relationship()) + " " + CrosswalkLabels.relationship(k.relationship()) + ")")
                .collect(Collectors.joining("; "));
    }

    // ---- deviations ----

    private void renderDeviations(Div box) {
        box.removeAll();
        List<DeviationView> list = mappings.deviations(draft.id());
        box.add(new Paragraph(UiText.t("crosswalk.deviations.intro")));
        Grid<DeviationView> grid = new Grid<>();
        grid.setId("deviations");
        grid.addColumn(d -> d.clause().label()).setHeader(UiText.t("crosswalk.clause")).setFlexGrow(2);
        grid.addColumn(DeviationView::jurisdiction).setHeader(UiText.t("crosswalk.jurisdiction")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> d.instrumentLabel() + " " + d.provision().number()).setHeader(UiText.t("crosswalk.deviations.forced-by")).setFlexGrow(2);
        grid.addColumn(DeviationView::requirement).setHeader(UiText.t("crosswalk.deviations.requirement")).setFlexGrow(4);
        grid.addColumn(DeviationView::author).setHeader(UiText.t("crosswalk.deviations.recorded-by")).setAutoWidth(true).setFlexGrow(0);
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
        instrument.setLabel(UiText.t("crosswalk.deviations.instrument"));
        instrument.setId("deviation-instrument");
        instrument.setItems(crosswalk.instruments().stream().filter(i -> i.bindingNature().isBinding()).toList());
        instrument.setItemLabelGenerator(i -> i.jurisdiction() + " · " + i.label());
        ComboBox<ProvisionView> provision = new ComboBox<>(UiText.t("crosswalk.deviations.provision"));
        provision.setId("deviation-provision");
        provision.setItemLabelGenerator(ProvisionView::label);
        instrument.addValueChangeListener(e -> provision.setItems(e.getValue() == null ? List.of()
                : crosswalk.provisions(e.getValue().id(), false)));
        TextArea requirement = new TextArea(UiText.t("crosswalk.deviations.instead"));
        requirement.setId("deviation-requirement");
        requirement.setWidthFull();
        Button save = new Button(UiText.t("crosswalk.deviations.record"), e -> {
            if (clause.getValue() == null || instrument.getValue() == null || provision.getValue() == null) {
                UiText.notify(UiText.t("crosswalk.deviations.incomplete"), true);
                return;
            }
            run(() -> mappings.recordDeviation(draft.id(), new NewDeviation(clause.getValue().id(),
                    instrument.getValue().jurisdiction(), provision.getValue().id(), requirement.getValue())),
                    UiText.t("crosswalk.deviations.recorded"), () -> renderDeviations(box));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div row = new Div(clause, instrument, provision);
        row.addClassName("form-row");
        Div form = new Div(new H3(UiText.t("crosswalk.deviations.form")), row, requirement, save);
        form.addClassName("mapping-form");
        return form;
    }

    private ComboBox<ClauseRef> clausePicker(String id) {
        ComboBox<ClauseRef> clause = new ComboBox<>(UiText.t("crosswalk.clause"));
        clause.setId(id);
        clause.setItems(mappings.matrix(draft.id(), Set.of()).rows().stream().map(CrosswalkMatrix.Row::clause).toList());
        clause.setItemLabelGenerator(ClauseRef::label);
        return clause;
    }

    // ---- adoption profiles ----

    private void renderAdoption(Div box, String jurisdiction) {
        box.removeAll();
        Select<String> pick = new Select<>();
        pick.setLabel(UiText.t("crosswalk.jurisdiction"));
        pick.setId("adoption-jurisdiction");
        LinkedHashMap<String, String> all = mappings.jurisdictions();
        if (all.isEmpty()) {
            box.add(new Paragraph(UiText.t("crosswalk.none-recorded")));
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
        box.add(pick, new Paragraph(UiText.t("crosswalk.adoption.summary", chosen, counts.getOrDefault(AdoptionDecision.ADOPT, 0L),
                counts.getOrDefault(AdoptionDecision.ADAPT, 0L), counts.getOrDefault(AdoptionDecision.OMIT, 0L),
                profile.lines().size())));
        Grid<AdoptionProfile.Line> grid = new Grid<>();
        grid.setId("adoption-profile");
        grid.addColumn(l -> l.clause().label()).setHeader(UiText.t("crosswalk.clause")).setFlexGrow(3);
        grid.addColumn(l -> l.decision() == null ? (l.deviations() > 0 ? UiText.t("crosswalk.adoption.undecided.deviation") : UiText.t("crosswalk.adoption.undecided"))
                : CrosswalkLabels.decision(l.decision())).setHeader(UiText.t("crosswalk.adoption.decision")).setFlexGrow(1);
        grid.addColumn(l -> l.note() == null ? "" : l.note()).setHeader(UiText.t("crosswalk.adoption.reason")).setFlexGrow(3);
        if (mappings.canMap(draft.id())) {
            grid.addComponentColumn(l -> {
                Button b = new Button(UiText.t("crosswalk.adoption.decide"), e -> decide(box, chosen, l));
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                b.getElement().setAttribute("aria-label", UiText.t("crosswalk.adoption.decide.aria", l.clause().number()));
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
        d.setHeaderTitle(UiText.t("crosswalk.adoption.dialog", jurisdiction, line.clause().label()));
        RadioButtonGroup<AdoptionDecision> decision = new RadioButtonGroup<>(UiText.t("crosswalk.adoption.decision"));
        decision.setItems(AdoptionDecision.values());
        decision.setItemLabelGenerator(CrosswalkLabels::decision);
        decision.setValue(line.decision() == null ? AdoptionDecision.ADOPT : line.decision());
        TextArea note = new TextArea(UiText.t("crosswalk.adoption.reason.field"));
        note.setWidthFull();
        note.setValue(line.note() == null ? "" : line.note());
        d.add(decision, note);
        Button save = new Button(UiText.t("crosswalk.save"), e -> run(() -> mappings.decideAdoption(draft.id(), jurisdiction,
                line.clause().id(), decision.getValue(), note.getValue()), UiText.t("crosswalk.adoption.saved"), () -> {
            d.close();
            renderAdoption(box, jurisdiction);
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(UiText.t("crosswalk.cancel"), e -> d.close()), save);
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
            UiText.notify(UiText.problem(ex), true);
        }
    }

    private String fileBase() {
        return draft.reference().replaceAll("[^A-Za-z0-9._-]+", "-");
    }
}
