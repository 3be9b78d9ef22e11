package org.accord.drafting.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ClauseTranslations extends JpaRepository<ClauseTranslation, UUID> {
    Optional<ClauseTranslation> findByClauseIdAndLanguage(UUID clauseId, String language);

    List<ClauseTranslation> findByClauseIdOrderByLanguage(UUID clauseId);

    List<ClauseTranslation> findByClauseIdIn(Collection<UUID> clauseIds);

    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from ClauseTranslation t where t.clauseId = ?1 and t.language = ?2")
    Optional<ClauseTranslation> lockByClauseIdAndLanguage(UUID clauseId, String language);
}
