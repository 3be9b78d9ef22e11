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

import java.util.Locale;
import java.util.stream.Stream;

/** The instruments crosswalks point to, and the provision tree of the one selected; the secretariat imports. */
class InstrumentsPanel extends Div {

    private final CrosswalkService crosswalk;
    private final Grid<InstrumentSummary> grid = new Grid<>();
    private final Div detail = new Div();

    InstrumentsPanel(CrosswalkService crosswalk) {
        this.crosswalk = crosswalk;
        grid.setId("instruments");
        grid.addColumn(InstrumentSummary::jurisdiction).setHeader("Jurisdiction").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(InstrumentSummary::label).setHeader("Instrument").setFlexGrow(2);
        grid.addColumn(i -> i.type().name().toLowerCase(Locale.ROOT)).setHeader("Type").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> CrosswalkLabels.nature(i.bindingNature())).setHeader("Binding nature").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(InstrumentSummary::provisionCount).setHeader("Provisions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::show));
        if (crosswalk.canImport()) {
            Button add = new Button("Add instrument…", e -> new InstrumentDialog(crosswalk, this::refresh).open());
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
                + " · " + i.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (i.adopted() == null ? "" : " · adopted " + i.adopted())
                + (i.inForce() == null ? "" : " · in force " + i.inForce())
                + (i.repealed() == null ? "" : " · repealed " + i.repealed()));
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
            Button importButton = new Button("Import provisions…", e -> new ImportProvisionsDialog(crosswalk, i,
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
                        .withProperty("heading", p -> (p.heading() == null ? "" : p.heading()) + (p.removed() ? " (removed in last import)" : "")))
                .setHeader("Provision").setFlexGrow(2);
        provisions.addColumn(p -> p.body() == null ? "" : p.body()).setHeader("Text or summary").setFlexGrow(4);
        provisions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        provisions.setItems(crosswalk.provisions(i.id(), true));
        provisions.setHeight("50vh");
        detail.add(provisions);
    }
}
