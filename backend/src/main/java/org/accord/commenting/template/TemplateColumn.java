package org.accord.commenting.template;

import java.util.List;

/**
 * The eight columns of the ISO/IEC/CEN/CENELEC commenting template, version 2012-03, in order.
 *
 * <p>{@link #header()} is the text written in the xlsx column header row, with the template's
 * footnote markers (¹ on MB/NC, ² on Type of comment) and its "Word" line-break style
 * ("Clause/ Subclause"). {@link #label()} is the plain name used in CSV headers and in
 * {@link RowError#column()}.
 */
public enum TemplateColumn {
    MB_NC("MB/NC\u00B9", "MB/NC"),
    LINE_NUMBER("Line number", "Line number"),
    CLAUSE("Clause/ Subclause", "Clause/Subclause"),
    PARAGRAPH("Paragraph/ Figure/ Table/", "Paragraph/Figure/Table"),
    TYPE("Type of comment\u00B2", "Type of comment"),
    COMMENTS("Comments", "Comments"),
    PROPOSED_CHANGE("Proposed change", "Proposed change"),
    OBSERVATIONS("Observations of the secretariat", "Observations of the secretariat");

    /** All columns in template order. */
    public static final List<TemplateColumn> ORDER = List.of(values());

    private final String header;
    private final String label;

    TemplateColumn(String header, String label) {
        this.header = header;
        this.label = label;
    }

    /** Header cell text as written in the xlsx template, footnote markers included. */
    public String header() {
        return header;
    }

    /** Plain column name, without footnote markers. */
    public String label() {
        return label;
    }
}
