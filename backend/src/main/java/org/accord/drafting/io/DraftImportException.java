package org.accord.drafting.io;

import org.accord.shared.InvalidInputException;

/**
 * An import file that cannot be imported. The message says where and why, and that nothing was
 * imported: {@code "NISO STS import failed at line 12 (/standard/body/sec[3]): section has no
 * <title>. Nothing was imported."}
 */
public class DraftImportException extends InvalidInputException {

    private final String format;
    private final int line;
    private final String where;
    private final String problem;

    public DraftImportException(String format, int line, String where, String problem) {
        super(format + " import failed at line " + line + " (" + where + "): " + stripPeriod(problem)
                + ". Nothing was imported.");
        this.format = format;
        this.line = line;
        this.where = where;
        this.problem = stripPeriod(problem);
    }

    /** "NISO STS" or "Markdown". */
    public String format() {
        return format;
    }

    /** 1-based line of the input where the problem was found. */
    public int line() {
        return line;
    }

    /** XML element path ({@code /standard/body/sec[3]/title}) or the Markdown heading text. */
    public String where() {
        return where;
    }

    /** The problem alone, without position. */
    public String problem() {
        return problem;
    }

    private static String stripPeriod(String s) {
        String t = s == null ? "" : s.strip();
        while (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
