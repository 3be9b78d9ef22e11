package org.accord.balloting.ledger;

import java.io.IOException;

/** A ballot export file that cannot be read; the message names the offending field, e.g. {@code entries[3].castAt}. */
public class MalformedExportException extends IOException {

    private final String field;

    public MalformedExportException(String field, String problem) {
        super(field == null || field.isEmpty() ? problem : field + ": " + problem);
        this.field = field;
    }

    public MalformedExportException(String field, String problem, Throwable cause) {
        this(field, problem);
        initCause(cause);
    }

    /** The path of the offending field, e.g. {@code entries[3].castAt}; empty for the file as a whole. */
    public String field() {
        return field == null ? "" : field;
    }
}
