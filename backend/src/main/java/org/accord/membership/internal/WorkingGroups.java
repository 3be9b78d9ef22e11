package org.accord.membership.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

public interface WorkingGroups extends JpaRepository<WorkingGroup, UUID> {
    Optional<WorkingGroup> findByCommitteeReferenceAndCode(String committeeReference, String code);
}
