package org.accord.commenting.template;

import java.util.List;

/**
 * What {@link CommentTemplateReader} found in a template: the header fields, the valid comment
 * rows (in file order) and one error per problem in the rows that were left out.
 */
public record ReadResult(TemplateHeader header, List<TemplateRow> rows, List<RowError> errors) {

    public ReadResult {
        header = header == null ? TemplateHeader.empty() : header;
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }
}
