package org.accord.membership.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

public interface SeatAllocations extends JpaRepository<SeatAllocation, UUID> {
    List<SeatAllocation> findByWorkingGroupIdOrderByNumberDesc(UUID workingGroupId);

    List<SeatAllocation> findByWorkingGroupIdAndStatus(UUID workingGroupId, String status);

    @Query("select coalesce(max(a.number), 0) from SeatAllocation a where a.workingGroupId = ?1")
    int lastNumber(UUID workingGroupId);
}
