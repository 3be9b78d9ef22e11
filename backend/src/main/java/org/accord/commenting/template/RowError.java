package org.accord.commenting.template;

import org.accord.shared.Problem;

/**
 * A problem in one comment row of an imported template; the row is left out of the result.
 *
 * @param row     the spreadsheet row number as a person sees it in Excel (1-based)
 * @param column  the template column name, e.g. "Type of comment" (see {@link TemplateColumn#label()})
 * @param reason  what is wrong, in words meant for the person who filled in the file (a key in
 *                {@code i18n/problems.properties}, so in their language)
 */
public record RowError(int row, String column, Problem reason) {

    /** What is wrong, in English. */
    public String problem() {
        return reason.english();
    }
}
