package org.accord.membership.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

public interface Organisations extends JpaRepository<Organisation, UUID> {
    Optional<Organisation> findByCode(String code);
}
