package org.accord.crosswalk;

import java.util.Set;
import java.util.UUID;

/**
 * A clause with mappings was revised: its mappings were made against an older revision and are flagged "clause changed
 * since" until someone saves them again. Published inside the revision's transaction, with the mappings' authors.
 */
public record MappingsNeedReview(UUID draftId, UUID clauseId, int revisionNo, Set<UUID> mappingIds, Set<UUID> authorIds) {
}
