package org.accord.membership.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

public interface Committees extends JpaRepository<Committee, UUID> {
    Optional<Committee> findByReference(String reference);
}
