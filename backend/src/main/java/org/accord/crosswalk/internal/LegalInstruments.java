package org.accord.crosswalk.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

public interface LegalInstruments extends JpaRepository<LegalInstrument, UUID> {
    Optional<LegalInstrument> findByCode(String code);
}
