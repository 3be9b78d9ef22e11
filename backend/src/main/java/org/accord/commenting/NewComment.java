package org.accord.commenting;

import java.util.UUID;

/**
 * A comment as a person files it: the clause, optionally the exact text selected in it (and
 * where), the template fields, and whether to submit it now or keep it as an organisation draft.
 */
public record NewComment(UUID clauseId, CommentType type, String justification, String proposedChange, String lineRef,
                         String paragraphRef, String quote, Integer quoteStart, boolean submit) {
}
