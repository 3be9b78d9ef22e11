package org.accord.drafting.io;

import org.accord.drafting.AnnexType;
import org.accord.drafting.ClauseKind;
import org.accord.drafting.NewTerm;

import java.util.List;

/**
 * One imported clause. {@code body} is Markdown (the project's subset). NOTE and EXAMPLE clauses
 * have the title "" and no children; only TERMS clauses have terms; only ANNEX clauses have an
 * annex type. Within {@code children}, notes and examples come first, then the sub-clauses.
 */
public record ImportedClause(ClauseKind kind, AnnexType annexType, String title, String body,
                             List<NewTerm> terms, List<ImportedClause> children) {

    public ImportedClause {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        terms = terms == null ? List.of() : List.copyOf(terms);
        children = children == null ? List.of() : List.copyOf(children);
    }
}
