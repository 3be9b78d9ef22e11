package org.accord.crosswalk.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface Provisions extends JpaRepository<Provision, UUID> {
    long countByInstrumentIdAndRemovedAtIsNull(UUID instrumentId);

    @Query("select coalesce(max(p.position), 0) from Provision p where p.instrumentId = ?1")
    int maxPosition(UUID instrumentId);

    List<Provision> findByInstrumentIdOrderByPosition(UUID instrumentId);

    List<Provision> findByInstrumentIdInAndRemovedAtIsNullOrderByPosition(Collection<UUID> instrumentIds);

    Optional<Provision> findByInstrumentIdAndIdentifier(UUID instrumentId, String identifier);

    List<Provision> findByRemovedAtIsNull();
}
