package org.accord.shared;

/** CSV cells (RFC 4180) that spreadsheets open as text, never as a formula. */
public final class CsvCells {

    private CsvCells() {
    }

    /** Quoted when needed; a leading =, +, -, @, tab or CR is defused so spreadsheets do not run it as a formula. */
    public static String cell(String s) {
        if (s == null) {
            return "";
        }
        String v = SpreadsheetText.defuse(s);
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** One CSV line of defused cells, ended by CRLF. */
    public static void line(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }
}
