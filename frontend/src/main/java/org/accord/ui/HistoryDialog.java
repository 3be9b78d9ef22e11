package org.accord.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import org.accord.drafting.ClauseNode;
import org.accord.drafting.ClauseRedline;
import org.accord.drafting.RevisionInfo;
import org.accord.drafting.RevisionService;

import java.util.List;
import java.util.UUID;

/** The revisions of one clause, and a word-level redline between any two of them. */
class HistoryDialog extends Dialog {

    private static final String INLINE = "inline";
    private static final String SIDE_BY_SIDE = "side";

    private final RevisionService revisions;
    private final UUID draftId;
    private final ClauseNode clause;
    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final RadioButtonGroup<String> layout = new RadioButtonGroup<>(UiText.t("drafting.history.show"));
    private final Div redline = new Div();

    HistoryDialog(RevisionService revisions, UUID draftId, ClauseNode clause) {
        this.revisions = revisions;
        this.draftId = draftId;
        this.clause = clause;
        setHeaderTitle(UiText.t("drafting.history.title", DraftingText.heading(clause)));
        setId("history-dialog");
        setWidth("min(1100px, 95vw)");

        List<RevisionInfo> all = revisions.revisions(draftId, clause.id());
        Grid<RevisionInfo> grid = new Grid<>();
        grid.setAriaLabel(UiText.t("drafting.history.revisions"));
        grid.addColumn(RevisionInfo::revisionNo).setHeader(UiText.t("drafting.history.revision")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> DraftingText.ltr(UiText.utc(r.createdAt()))).setHeader(UiText.t("drafting.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RevisionInfo::author).setHeader(UiText.t("drafting.who")).setAutoWidth(true);
        grid.addColumn(RevisionInfo::message).setHeader(UiText.t("drafting.why")).setFlexGrow(2);
        grid.setItems(all);
        grid.setAllRowsVisible(all.size() <= 8);
        if (all.size() > 8) {
            grid.setHeight("18em");
        }

        List<Integer> numbers = all.stream().map(RevisionInfo::revisionNo).toList();
        from.setLabel(UiText.t("drafting.history.from"));
        to.setLabel(UiText.t("drafting.history.to"));
        from.setItems(numbers);
        to.setItems(numbers);
        if (!numbers.isEmpty()) {
            to.setValue(numbers.getFirst());
            from.setValue(numbers.size() > 1 ? numbers.get(1) : numbers.getFirst());
        }
        layout.setItems(INLINE, SIDE_BY_SIDE);
        layout.setItemLabelGenerator(l -> INLINE.equals(l) ? UiText.t("drafting.layout.inline") : UiText.t("drafting.layout.side-by-side"));
        layout.setValue(INLINE);
        from.addValueChangeListener(e -> showRedline());
        to.addValueChangeListener(e -> showRedline());
        layout.addValueChangeListener(e -> showRedline());
        Div controls = new Div(from, to, layout);
        controls.addClassName("redline-controls");
        redline.setId("clause-redline");
        add(grid, new H3(UiText.t("drafting.history.compare")), controls, redline);
        getFooter().add(new Button(UiText.t("drafting.close"), e -> close()));
        showRedline();
    }

    private void showRedline() {
        redline.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        ClauseRedline r = revisions.compare(draftId, clause.id(), from.getValue(), to.getValue());
        if (INLINE.equals(layout.getValue())) {
            redline.add(new Html("<div class=\"redline-text\" dir=\"auto\">" + r.inlineHtml() + "</div>"));
        } else {
            Div before = new Div(new H3(UiText.t("drafting.history.revision-n", String.valueOf(r.fromRevision()))), new Html("<div class=\"redline-text\" dir=\"auto\">" + r.beforeHtml() + "</div>"));
            Div after = new Div(new H3(UiText.t("drafting.history.revision-n", String.valueOf(r.toRevision()))), new Html("<div class=\"redline-text\" dir=\"auto\">" + r.afterHtml() + "</div>"));
            before.addClassName("side");
            after.addClassName("side");
            Div cols = new Div(before, after);
            cols.addClassName("side-by-side");
            redline.add(cols);
        }
    }
}
