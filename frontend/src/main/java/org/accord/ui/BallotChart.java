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
        bar(UiText.t("balloting.position.approve"), c.approve(), total,
                weighted ? UiText.t("balloting.chart.weight", c.approveWeight()) : null, "approve");
        bar(UiText.t("balloting.position.disapprove"), c.disapprove(), total,
                weighted ? UiText.t("balloting.chart.weight", c.disapproveWeight()) : null, "disapprove");
        bar(UiText.t("balloting.chart.unreasoned"), c.disapproveWithoutReasons(), total, null, "unreasoned");
        bar(UiText.t("balloting.position.abstain"), c.abstain(), total,
                weighted ? UiText.t("balloting.chart.weight", c.abstainWeight()) : null, "abstain");
        bar(UiText.t("balloting.chart.absent"), c.absent(), total, null, "absent");
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
        Span value = new Span(UiText.t("balloting.chart.value", n, total) + (extra == null ? "" : " (" + extra + ")"));
        value.addClassName("chart-value");
        row.add(name, track, value);
        add(row);
    }
}
