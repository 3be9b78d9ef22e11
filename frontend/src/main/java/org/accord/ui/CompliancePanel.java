package org.accord.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.accord.membership.ComplianceRow;

import java.util.List;

/** Each quota: required, actual, status. Status is said in words and colour, never colour alone. */
class CompliancePanel extends Div {

    private final H3 heading = new H3();
    private final Span overall = new Span();
    private final Paragraph detail = new Paragraph();
    private final Grid<ComplianceRow> grid = new Grid<>();

    CompliancePanel(String title, String statusId) {
        addClassName("compliance-panel");
        heading.setText(title);
        overall.setId(statusId);
        overall.addClassName("badge");
        Div head = new Div(heading, overall);
        head.addClassName("compliance-head");
        grid.setAriaLabel(title);
        grid.addColumn(ComplianceRow::label).setHeader("Quota").setAutoWidth(true);
        grid.addColumn(CompliancePanel::required).setHeader("Required").setAutoWidth(true);
        grid.addColumn(ComplianceRow::actual).setHeader("Actual").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Span s = new Span(r.met() ? "✓ Met" : "✗ Not met");
            s.addClassNames("badge", r.met() ? "ok" : "bad");
            return s;
        }).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        add(head, detail, grid);
    }

    void show(List<ComplianceRow> rows, boolean compliant, String note) {
        grid.setItems(rows);
        overall.setText(compliant ? "✓ Compliant" : "✗ Not compliant");
        overall.removeClassNames("ok", "bad");
        overall.addClassName(compliant ? "ok" : "bad");
        detail.setText(note == null ? "" : note);
        detail.setVisible(note != null && !note.isEmpty());
        grid.setVisible(!rows.isEmpty());
    }

    static String required(ComplianceRow r) {
        if (r.min() != null && r.max() != null) {
            return r.min() + " to " + r.max();
        }
        if (r.min() != null) {
            return "at least " + r.min();
        }
        return r.max() == null ? "" : "at most " + r.max();
    }
}
