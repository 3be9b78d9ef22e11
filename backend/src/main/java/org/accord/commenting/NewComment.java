package org.accord.commenting;

import java.util.UUID;

/**
 * A comment as a person files it: the clause, optionally the exact text selected in it (and
 * where), the template fields, whether to submit it now or keep it as an organisation draft, and
 * the language it is written in (an ISO 639-1 content language; null means the draft's language).
 */
public record NewComment(UUID clauseId, CommentType type, String justification, String proposedChange, String lineRef,
                         String paragraphRef, String quote, Integer quoteStart, boolean submit, String language) {

    /** A comment in the draft's own language. */
    public NewComment(UUID clauseId, CommentType type, String justification, String proposedChange, String lineRef,
                      String paragraphRef, String quote, Integer quoteStart, boolean submit) {
        this(clauseId, type, justification, proposedChange, lineRef, paragraphRef, quote, quoteStart, submit, null);
    }
}
