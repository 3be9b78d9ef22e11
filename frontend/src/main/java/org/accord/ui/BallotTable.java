package org.accord.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.*;

/** A plain HTML table with a caption and column headers: small result tables read well with any screen reader. */
class BallotTable extends NativeTable {

    BallotTable(String caption, String... headers) {
        addClassName("ballot-table");
        setCaptionText(caption);
        NativeTableRow head = getHead().addRow();
        for (String h : headers) {
            NativeTableHeaderCell c = head.addHeaderCell();
            c.setText(h);
            c.getElement().setAttribute("scope", "col");
        }
    }

    void row(Component... cells) {
        NativeTableRow row = getBody().addRow();
        for (Component c : cells) {
            row.addDataCell().add(c);
        }
    }

    void textRow(Object... cells) {
        NativeTableRow row = getBody().addRow();
        for (Object c : cells) {
            row.addDataCell().setText(String.valueOf(c));
        }
    }
}
