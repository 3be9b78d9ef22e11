package org.accord.membership.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface SeatApplications extends JpaRepository<SeatApplication, UUID> {
    List<SeatApplication> findByWorkingGroupId(UUID workingGroupId);

    Optional<SeatApplication> findByWorkingGroupIdAndUserId(UUID workingGroupId, UUID userId);
}
