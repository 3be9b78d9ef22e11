package org.accord.drafting.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

public interface Clauses extends JpaRepository<Clause, UUID> {
    List<Clause> findByDraftIdAndDeletedFalse(UUID draftId);

    long countByDraftIdAndDeletedFalse(UUID draftId);

    @Query("select max(c.revisedAt) from Clause c where c.draftId = ?1")
    java.time.Instant lastRevisedAt(UUID draftId);

    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Clause c where c.id = ?1")
    java.util.Optional<Clause> lockById(UUID id);

    @Query("select coalesce(max(c.position), 0) from Clause c where c.draftId = ?1 and c.parentId is null and c.deleted = false")
    int maxTopLevelPosition(UUID draftId);

    @Query("select coalesce(max(c.position), 0) from Clause c where c.parentId = ?1 and c.deleted = false")
    int maxChildPosition(UUID parentId);
}
