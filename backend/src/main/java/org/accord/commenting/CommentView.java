package org.accord.commenting;

import java.time.Instant;
import java.util.UUID;

/** A comment row: the template's eight columns plus its place, life cycle, reactions and language (ISO 639-1). */
public record CommentView(UUID id, String commentId, UUID draftId, UUID clauseId, String memberBody, String originatorName,
                          String lineRef, String clauseRef, String paragraphRef, CommentType type, String justification,
                          String proposedChange, String observation, Resolution resolution, CommentStatus status,
                          boolean late, String versionLabel, String quote, String anchorStatus, String author,
                          Instant createdAt, Instant submittedAt, Integer appliedRevision, int support, int noSupport,
                          long replies, String language) {

    /** Column 8 as it appears in the template: resolution and observation together. */
    public String observations() {
        if (resolution == null) {
            return observation == null ? "" : observation;
        }
        return resolution.label() + (observation == null || observation.isBlank() ? "" : ". " + observation);
    }
}
