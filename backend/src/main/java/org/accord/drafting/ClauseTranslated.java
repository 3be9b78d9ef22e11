package org.accord.drafting;

import java.util.UUID;

/** Published when a clause translation was added or changed; the search index and open views follow. */
public record ClauseTranslated(UUID draftId, UUID clauseId, String language, UUID actorId) {
}
