package org.accord.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.accord.balloting.BallotResult;

import java.util.Locale;

/**
 * Horizontal bars of the stances, built from plain elements: each bar has its label and number as text beside it, so
 * the chart reads the same without colour or without the bars at all (they are hidden from screen readers).
 */
class BallotChart extends Div {

    BallotChart(BallotResult.Counts c, boolean weighted) {
        addClassName("ballot-chart");
        setId("ballot-chart");
        long total = c.approve() + c.disapprove() + c.disapproveWithoutReasons() + c.abstain() + c.absent();
        bar("Approve", c.approve(), total, weighted ? "weight " + c.approveWeight() : null, "approve");
        bar("Disapprove", c.disapprove(), total, weighted ? "weight " + c.disapproveWeight() : null, "disapprove");
        bar("Disapprove without reasons (not counted where the rule says so)", c.disapproveWithoutReasons(), total, null,
                "unreasoned");
        bar("Abstain", c.abstain(), total, weighted ? "weight " + c.abstainWeight() : null, "abstain");
        bar("Did not vote", c.absent(), total, null, "absent");
    }

    private void bar(String label, long n, long total, String extra, String kind) {
        Div row = new Div();
        row.addClassName("chart-row");
        Span name = new Span(label);
        name.addClassName("chart-label");
        Div track = new Div();
        track.addClassName("chart-track");
        track.getElement().setAttribute("aria-hidden", "true");
        Div fill = new Div();
        fill.addClassNames("chart-fill", kind);
        double pct = total == 0 ? 0 : 100.0 * n / total;
        fill.getStyle().set("width", String.format(Locale.ROOT, "%.1f%%", pct));
        track.add(fill);
        Span value = new Span(n + " of " + total + (extra == null ? "" : " (" + extra + ")"));
        value.addClassName("chart-value");
        row.add(name, track, value);
        add(row);
    }
}
