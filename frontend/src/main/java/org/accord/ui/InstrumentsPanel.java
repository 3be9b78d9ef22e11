package org.accord.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.accord.crosswalk.CrosswalkService;
import org.accord.crosswalk.InstrumentSummary;
import org.accord.crosswalk.ProvisionView;

import java.util.stream.Stream;

/** The instruments crosswalks point to, and the provision tree of the one selected; the secretariat imports. */
class InstrumentsPanel extends Div {

    private final CrosswalkService crosswalk;
    private final Grid<InstrumentSummary> grid = new Grid<>();
    private final Div detail = new Div();

    InstrumentsPanel(CrosswalkService crosswalk) {
        this.crosswalk = crosswalk;
        grid.setId("instruments");
        grid.addColumn(InstrumentSummary::jurisdiction).setHeader(UiText.t("crosswalk.jurisdiction")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(InstrumentSummary::label).setHeader(UiText.t("crosswalk.instrument")).setFlexGrow(2);
        grid.addColumn(i -> CrosswalkLabels.type(i.type())).setHeader(UiText.t("crosswalk.instrument.type")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> CrosswalkLabels.nature(i.bindingNature())).setHeader(UiText.t("crosswalk.binding-nature")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> CrosswalkLabels.instrumentStatus(i.status())).setHeader(UiText.t("crosswalk.instrument.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(InstrumentSummary::provisionCount).setHeader(UiText.t("crosswalk.instruments.provisions")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::show));
        if (crosswalk.canImport()) {
            Button add = new Button(UiText.t("crosswalk.instruments.add"), e -> new InstrumentDialog(crosswalk, this::refresh).open());
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(add);
        }
        add(grid, detail);
        refresh(null);
    }

    private void refresh(java.util.UUID select) {
        var all = crosswalk.instruments();
        grid.setItems(all);
        all.stream().filter(i -> i.id().equals(select)).findFirst().ifPresent(grid::select);
    }

    private void show(InstrumentSummary i) {
        detail.removeAll();
        detail.add(new H3(i.title()));
        Paragraph facts = new Paragraph(i.jurisdictionName() + " · " + CrosswalkLabels.nature(i.bindingNature())
                + " · " + CrosswalkLabels.instrumentStatus(i.status())
                + (i.adopted() == null ? "" : " · " + UiText.t("crosswalk.instruments.adopted-on", i.adopted().toString()))
                + (i.inForce() == null ? "" : " · " + UiText.t("crosswalk.instruments.in-force-on", i.inForce().toString()))
                + (i.repealed() == null ? "" : " · " + UiText.t("crosswalk.instruments.repealed-on", i.repealed().toString())));
        facts.addClassName("meta");
        detail.add(facts);
        Div ids = new Div();
        ids.addClassName("meta");
        Stream.of(new String[]{"ELI", i.eli()}, new String[]{"Akoma Ntoso", i.aknIri()}, new String[]{"URN", i.urn()},
                        new String[]{"URL", i.url()})
                .filter(p -> p[1] != null)
                .forEach(p -> {
                    Anchor a = new Anchor(p[1], p[1]);
                    a.setTarget("_blank");
                    a.getElement().setAttribute("rel", "noopener");
                    ids.add(new Div(new Span(p[0] + ": "), a));
                });
        detail.add(ids);
        if (crosswalk.canImport()) {
            Button importButton = new Button(UiText.t("crosswalk.instruments.import"), e -> new ImportProvisionsDialog(crosswalk, i,
                    () -> refresh(i.id())).open());
            importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            detail.add(importButton);
        }
        Grid<ProvisionView> provisions = new Grid<>();
        provisions.setId("provisions");
        provisions.addColumn(LitRenderer.<ProvisionView>of(
                        "<span style='padding-left:${item.indent}em' class='${item.cls}'><b>${item.number}</b> ${item.heading}</span>")
                        .withProperty("indent", p -> p.depth() * 1.2)
                        .withProperty("cls", p -> p.removed() ? "removed" : "")
                        .withProperty("number", ProvisionView::number)
                        .withProperty("heading", p -> (p.heading() == null ? "" : p.heading()) + (p.removed() ? " (" + UiText.t("crosswalk.instruments.removed") + ")" : "")))
                .setHeader(UiText.t("crosswalk.panel.provision")).setFlexGrow(2);
        provisions.addColumn(p -> p.body() == null ? "" : p.body()).setHeader(UiText.t("crosswalk.instruments.text")).setFlexGrow(4);
        provisions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        provisions.setItems(crosswalk.provisions(i.id(), true));
        provisions.setHeight("50vh");
        detail.add(provisions);
    }
}
