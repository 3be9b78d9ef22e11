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
        grid.addColumn(ComplianceRow::label).setHeader(UiText.t("drafting.compliance.quota")).setAutoWidth(true);
        grid.addColumn(CompliancePanel::required).setHeader(UiText.t("drafting.compliance.required")).setAutoWidth(true);
        grid.addColumn(ComplianceRow::actual).setHeader(UiText.t("drafting.compliance.actual")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Span s = new Span(r.met() ? UiText.t("drafting.compliance.met") : UiText.t("drafting.compliance.not-met"));
            s.addClassNames("badge", r.met() ? "ok" : "bad");
            return s;
        }).setHeader(UiText.t("drafting.compliance.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        add(head, detail, grid);
    }

    void show(List<ComplianceRow> rows, boolean compliant, String note) {
        grid.setItems(rows);
        overall.setText(compliant ? UiText.t("drafting.compliance.compliant") : UiText.t("drafting.compliance.not-compliant"));
        overall.removeClassNames("ok", "bad");
        overall.addClassName(compliant ? "ok" : "bad");
        detail.setText(note == null ? "" : note);
        detail.setVisible(note != null && !note.isEmpty());
        grid.setVisible(!rows.isEmpty());
    }

    static String required(ComplianceRow r) {
        if (r.min() != null && r.max() != null) {
            return UiText.t("drafting.compliance.between", r.min(), r.max());
        }
        if (r.min() != null) {
            return UiText.t("drafting.compliance.at-least", r.min());
        }
        return r.max() == null ? "" : UiText.t("drafting.compliance.at-most", r.max());
    }
}
