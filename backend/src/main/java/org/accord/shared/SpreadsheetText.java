package org.accord.shared;

/**
 * Text written to CSV files that people open in spreadsheets. A value starting with {@code = + - @}, a tab or a
 * carriage return would run as a formula (CSV injection), so it gets a leading apostrophe, which spreadsheets show
 * as plain text; importers take the apostrophe off again so an export imports unchanged.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static boolean formulaLike(String v) {
        return v != null && !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0;
    }

    /** The value, with an apostrophe in front when a spreadsheet would run it. */
    public static String defuse(String v) {
        return formulaLike(v) ? "'" + v : v;
    }

    /** Undoes {@link #defuse}: a value that is an apostrophe followed by a formula-like value loses the apostrophe. */
    public static String restore(String v) {
        return v != null && v.length() > 1 && v.charAt(0) == '\'' && formulaLike(v.substring(1)) ? v.substring(1) : v;
    }
}
