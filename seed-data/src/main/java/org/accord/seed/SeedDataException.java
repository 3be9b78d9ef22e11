package org.accord.seed;

/** A seed file is wrong. Names the file, the line and the field so the author can fix it. */
public class SeedDataException extends RuntimeException {

    private final String file;
    private final int line;
    private final String field;

    public SeedDataException(String file, int line, String field, String problem, Throwable cause) {
        super("Seed file " + file + (line > 0 ? ", line " + line : "") + (field == null || field.isEmpty() ? "" : ", field " + field)
                + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() { return file; }
    public int line() { return line; }
    public String field() { return field; }
}
