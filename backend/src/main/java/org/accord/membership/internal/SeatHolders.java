package org.accord.membership.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface SeatHolders extends JpaRepository<SeatHolder, UUID> {
    List<SeatHolder> findByWorkingGroupIdAndLeftAtIsNullOrderBySeatNumber(UUID workingGroupId);

    List<SeatHolder> findByWorkingGroupId(UUID workingGroupId);
}
