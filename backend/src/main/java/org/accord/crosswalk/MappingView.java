package org.accord.crosswalk;

import org.accord.crosswalk.mapping.Provenance;
import org.accord.crosswalk.mapping.Rationale;
import org.accord.crosswalk.mapping.Relationship;
import org.accord.crosswalk.mapping.ReviewStatus;

import java.time.Instant;
import java.util.UUID;

/**
 * One mapping with what a reader needs beside it. {@code clauseChanged}: the clause has been revised since the
 * mapping was made against {@code clauseRevision}, so the mapping needs a fresh look.
 */
public record MappingView(UUID id, UUID draftId, ClauseRef clause, ProvisionRef provision, String instrumentLabel,
                          String jurisdiction, BindingNature bindingNature, InstrumentStatus instrumentStatus,
                          Relationship relationship, Rationale rationale, Integer strength, String explanation,
                          Provenance provenance, ReviewStatus status, String author, int clauseRevision,
                          int currentClauseRevision, Instant updatedAt, long version) {

    public boolean clauseChanged() {
        return currentClauseRevision > clauseRevision;
    }
}
