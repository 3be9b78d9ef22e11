package org.accord.crosswalk.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface CrosswalkMappings extends JpaRepository<CrosswalkMapping, UUID> {
    List<CrosswalkMapping> findByDraftId(UUID draftId);

    List<CrosswalkMapping> findByClauseId(UUID clauseId);

    Optional<CrosswalkMapping> findByClauseIdAndProvisionId(UUID clauseId, UUID provisionId);

    long countByProvisionId(UUID provisionId);

    /** The matrix reads only what it colours: clause, instrument, relationship, strength. */
    @Query("select m.clauseId, p.instrumentId, m.relationship, m.strength from CrosswalkMapping m, Provision p "
            + "where p.id = m.provisionId and m.draftId = ?1")
    List<Object[]> matrixCells(UUID draftId);
}
