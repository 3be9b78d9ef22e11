package org.accord.drafting.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

public interface StageChanges extends JpaRepository<StageChange, UUID> {
    java.util.List<StageChange> findByDraftIdOrderByChangedAt(UUID draftId);
}
