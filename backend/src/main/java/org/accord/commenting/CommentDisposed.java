package org.accord.commenting;

import java.util.UUID;

/** A comment got a (new) disposition; {@code resolution} is a {@link Resolution} name (published inside the transaction). */
public record CommentDisposed(UUID commentId, String commentCode, UUID draftId, UUID clauseId, UUID authorId,
                              String resolution) {
}
