package org.accord.drafting.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ClauseRevisions extends JpaRepository<ClauseRevision, UUID> {
    List<ClauseRevision> findByClauseIdOrderByRevisionNoDesc(UUID clauseId);

    Optional<ClauseRevision> findByClauseIdAndRevisionNo(UUID clauseId, int revisionNo);

}
