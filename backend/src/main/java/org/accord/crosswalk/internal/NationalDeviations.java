package org.accord.crosswalk.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface NationalDeviations extends JpaRepository<NationalDeviation, UUID> {
    List<NationalDeviation> findByDraftIdOrderByCreatedAt(UUID draftId);
}
