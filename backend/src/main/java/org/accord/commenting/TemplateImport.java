package org.accord.commenting;

import org.accord.commenting.template.RowError;

import java.util.List;

/** What an import of a filled-in template found, and whether it imported. */
public record TemplateImport(int validRows, int imported, List<RowError> errors) {
    public boolean needsConfirmation() {
        return imported == 0 && validRows > 0 && !errors.isEmpty();
    }
}
