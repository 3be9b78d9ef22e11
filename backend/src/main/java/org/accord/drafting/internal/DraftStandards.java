package org.accord.drafting.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

public interface DraftStandards extends JpaRepository<DraftStandard, UUID> {
    java.util.Optional<DraftStandard> findByReference(String reference);
}
