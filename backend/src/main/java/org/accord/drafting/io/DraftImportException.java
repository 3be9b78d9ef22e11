package org.accord.drafting.io;

import org.accord.shared.InvalidInputException;
import org.accord.shared.Problem;

import java.util.List;

/**
 * An import file that cannot be imported. The message says where and why, and that nothing was
 * imported: {@code "NISO STS import failed at line 12 (/standard/body/sec[3]): section has no
 * <title>. Nothing was imported."}
 */
public class DraftImportException extends InvalidInputException {

    private final String format;
    private final int line;
    private final String where;
    private final String reason;

    /** {@code problem} is a {@link Problem} or, for words from elsewhere (a parser), a string. */
    public DraftImportException(String format, int line, String where, Object problem) {
        super(Problem.of("drafting.import.failed", format, String.valueOf(line), where,
                problem instanceof Problem p ? p : stripPeriod(String.valueOf(problem))), List.of());
        this.format = format;
        this.line = line;
        this.where = where;
        this.reason = problem instanceof Problem p ? p.english() : stripPeriod(String.valueOf(problem));
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

    /** The problem alone, without position, in English. */
    public String reason() {
        return reason;
    }

    private static String stripPeriod(String s) {
        String t = s == null ? "" : s.strip();
        while (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
