package org.accord.commenting.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

public interface DraftComments extends JpaRepository<DraftComment, UUID>, JpaSpecificationExecutor<DraftComment> {
    List<DraftComment> findByClauseId(UUID clauseId);

    List<DraftComment> findByDraftId(UUID draftId);

    boolean existsByDraftIdAndOriginatorCodeAndNumber(UUID draftId, String originatorCode, int number);

    @Query("select c.clauseId, count(c) from DraftComment c where c.draftId = ?1 and c.status = org.accord.commenting.CommentStatus.SUBMITTED group by c.clauseId")
    List<Object[]> countSubmittedByClause(UUID draftId);
}
