package org.accord.commenting;

import java.util.Set;
import java.util.UUID;

/**
 * A clause with comments was revised and its anchors re-located (inside the revision's transaction): who commented on
 * it, and whose comments' anchors became outdated.
 */
public record CommentedClauseRevised(UUID draftId, UUID clauseId, int revisionNo, Set<UUID> commenterIds,
                                     Set<UUID> outdatedCommentIds, Set<UUID> outdatedAuthorIds) {
}
