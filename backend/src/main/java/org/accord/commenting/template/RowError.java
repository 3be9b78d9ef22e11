package org.accord.commenting.template;

/**
 * A problem in one comment row of an imported template; the row is left out of the result.
 *
 * @param row     the spreadsheet row number as a person sees it in Excel (1-based)
 * @param column  the template column name, e.g. "Type of comment" (see {@link TemplateColumn#label()})
 * @param problem what is wrong, in words meant for the person who filled in the file
 */
public record RowError(int row, String column, String problem) {
}
