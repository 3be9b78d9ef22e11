package org.accord.crosswalk.oscal;

import java.util.Objects;
import java.util.UUID;

import org.accord.crosswalk.mapping.Provenance;
import org.accord.crosswalk.mapping.Rationale;
import org.accord.crosswalk.mapping.Relationship;
import org.accord.crosswalk.mapping.ReviewStatus;

/**
 * One mapping of a draft clause (source) to a provision of an instrument (target), as exchanged in files.
 *
 * @param clauseRef      clause number, e.g. "6.2"
 * @param clauseId       the clause's id in Accord; null when imported from a file that does not carry it
 * @param instrumentCode e.g. "EU-AIA"
 * @param provisionRef   provision identifier or number, e.g. "Art. 9"
 * @param strength       0–10, or null when not given
 * @param uuid           the OSCAL map uuid, stable across exports; null when the source had none
 */
public record MappingRecord(String clauseRef, UUID clauseId, String instrumentCode, String provisionRef,
                            Relationship relationship, Rationale rationale, Integer strength, String explanation,
                            Provenance provenance, ReviewStatus status, String author, Integer clauseRevision,
                            UUID uuid) {

    /** Files in and out need these; the rest may be absent. */
    public MappingRecord {
        Objects.requireNonNull(clauseRef, "clauseRef");
        Objects.requireNonNull(instrumentCode, "instrumentCode");
        Objects.requireNonNull(provisionRef, "provisionRef");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(status, "status");
    }
}
