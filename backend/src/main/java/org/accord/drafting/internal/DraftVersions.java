package org.accord.drafting.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface DraftVersions extends JpaRepository<DraftVersion, UUID> {
    List<DraftVersion> findByDraftIdOrderBySeq(UUID draftId);

    Optional<DraftVersion> findByDraftIdAndLabel(UUID draftId, String label);

    @Query("select coalesce(max(v.seq), 0) from DraftVersion v where v.draftId = ?1")
    int maxSeq(UUID draftId);
}
