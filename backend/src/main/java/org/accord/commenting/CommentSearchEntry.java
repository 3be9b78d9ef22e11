package org.accord.commenting;

import java.time.Instant;
import java.util.UUID;

/** A comment as the search index needs it, with what decides who may see it. */
public record CommentSearchEntry(UUID id, String commentId, UUID draftId, UUID clauseId, String clauseRef, String type,
                                 String justification, String proposedChange, String observation, boolean submitted,
                                 UUID authorId, UUID organisationId, Instant createdAt, String language) {
}
