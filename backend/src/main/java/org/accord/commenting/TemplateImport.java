package org.accord.commenting;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/** What an import of a filled-in template found, and whether it imported. */
public record TemplateImport(int validRows, int imported, List<Problem> errors) {

    /**
     * A row that cannot be used; {@code row} is the spreadsheet row (0 when it is named by its comment id instead);
     * {@code problem} is in English, {@code reason} renders it in the reader's language.
     */
    public record Problem(int row, String column, String problem, @JsonIgnore org.accord.shared.Problem reason) {
    }

    public boolean needsConfirmation() {
        return imported == 0 && validRows > 0 && !errors.isEmpty();
    }
}
