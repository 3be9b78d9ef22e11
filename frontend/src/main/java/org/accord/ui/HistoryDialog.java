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

    private final RevisionService revisions;
    private final UUID draftId;
    private final ClauseNode clause;
    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final RadioButtonGroup<String> layout = new RadioButtonGroup<>("Show");
    private final Div redline = new Div();

    HistoryDialog(RevisionService revisions, UUID draftId, ClauseNode clause) {
        this.revisions = revisions;
        this.draftId = draftId;
        this.clause = clause;
        setHeaderTitle("History of " + clause.heading());
        setId("history-dialog");
        setWidth("min(1100px, 95vw)");

        List<RevisionInfo> all = revisions.revisions(draftId, clause.id());
        Grid<RevisionInfo> grid = new Grid<>();
        grid.setAriaLabel("Revisions");
        grid.addColumn(RevisionInfo::revisionNo).setHeader("Revision").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> UiText.utc(r.createdAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RevisionInfo::author).setHeader("Who").setAutoWidth(true);
        grid.addColumn(RevisionInfo::message).setHeader("Why").setFlexGrow(2);
        grid.setItems(all);
        grid.setAllRowsVisible(all.size() <= 8);
        if (all.size() > 8) {
            grid.setHeight("18em");
        }

        List<Integer> numbers = all.stream().map(RevisionInfo::revisionNo).toList();
        from.setLabel("From revision");
        to.setLabel("To revision");
        from.setItems(numbers);
        to.setItems(numbers);
        if (!numbers.isEmpty()) {
            to.setValue(numbers.getFirst());
            from.setValue(numbers.size() > 1 ? numbers.get(1) : numbers.getFirst());
        }
        layout.setItems("Inline", "Side by side");
        layout.setValue("Inline");
        from.addValueChangeListener(e -> showRedline());
        to.addValueChangeListener(e -> showRedline());
        layout.addValueChangeListener(e -> showRedline());
        Div controls = new Div(from, to, layout);
        controls.addClassName("redline-controls");
        redline.setId("clause-redline");
        add(grid, new H3("Compare revisions"), controls, redline);
        getFooter().add(new Button("Close", e -> close()));
        showRedline();
    }

    private void showRedline() {
        redline.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        ClauseRedline r = revisions.compare(draftId, clause.id(), from.getValue(), to.getValue());
        if ("Inline".equals(layout.getValue())) {
            redline.add(new Html("<div class=\"redline-text\">" + r.inlineHtml() + "</div>"));
        } else {
            Div before = new Div(new H3("Revision " + r.fromRevision()), new Html("<div class=\"redline-text\">" + r.beforeHtml() + "</div>"));
            Div after = new Div(new H3("Revision " + r.toRevision()), new Html("<div class=\"redline-text\">" + r.afterHtml() + "</div>"));
            before.addClassName("side");
            after.addClassName("side");
            Div cols = new Div(before, after);
            cols.addClassName("side-by-side");
            redline.add(cols);
        }
    }
}
