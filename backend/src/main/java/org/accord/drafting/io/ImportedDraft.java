package org.accord.drafting.io;

import java.util.List;

/**
 * A draft read from an exchange file, before anything is stored. Clause numbers are not kept: they
 * are derived from position once the clauses are stored.
 *
 * @param title     the document title; {@code null} only when a Markdown file has no title heading
 * @param reference the document reference (e.g. "ACC WD 42101"), or {@code null} when the file has none
 * @param language  the language code (e.g. "en"), or {@code null} when the file has none
 * @param clauses   the top-level clauses in document order: main clauses, then annexes
 */
public record ImportedDraft(String title, String reference, String language, List<ImportedClause> clauses) {

    public ImportedDraft {
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }
}
