package org.accord.commenting;

import java.util.List;

/** What an import of a filled-in template found, and whether it imported. */
public record TemplateImport(int validRows, int imported, List<Problem> errors) {

    /** A row that cannot be used; {@code row} is the spreadsheet row (0 when it is named by its comment id instead). */
    public record Problem(int row, String column, String problem) {
    }

    public boolean needsConfirmation() {
        return imported == 0 && validRows > 0 && !errors.isEmpty();
    }
}
