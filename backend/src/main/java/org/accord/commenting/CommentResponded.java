package org.accord.commenting;

import java.util.UUID;

/**
 * Someone replied to a comment or marked support on it (published inside the transaction). {@code supports} is null
 * for a reply, true / false for support / no support.
 */
public record CommentResponded(UUID commentId, String commentCode, UUID draftId, UUID clauseId, UUID authorId,
                               UUID byUserId, Boolean supports) {
}
