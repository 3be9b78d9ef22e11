package org.accord.commenting;

import java.util.UUID;

/** Filters of the comment table; null means "any". {@code open}: true = submitted, not yet resolved; false = resolved. */
public record CommentFilter(CommentType type, CommentStatus status, Boolean open, Resolution resolution, String originator,
                            UUID clauseId) {
    public static final CommentFilter ALL = new CommentFilter(null, null, null, null, null, null);
}
