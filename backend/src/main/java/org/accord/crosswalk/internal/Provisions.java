package org.accord.crosswalk.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.UUID;

public interface Provisions extends JpaRepository<Provision, UUID> {
    long countByInstrumentId(UUID instrumentId);

    @Query("select coalesce(max(p.position), 0) from Provision p where p.instrumentId = ?1")
    int maxPosition(UUID instrumentId);
}
