package org.accord.drafting.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

public interface Clauses extends JpaRepository<Clause, UUID> {
    List<Clause> findByDraftId(UUID draftId);

    long countByDraftId(UUID draftId);

    @Query("select coalesce(max(c.position), 0) from Clause c where c.draftId = ?1 and c.parentId is null")
    int maxTopLevelPosition(UUID draftId);

    @Query("select coalesce(max(c.position), 0) from Clause c where c.parentId = ?1")
    int maxChildPosition(UUID parentId);
}
