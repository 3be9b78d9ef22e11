package org.accord.membership.internal;

import org.accord.shared.security.WorkingGroupRole;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

public interface Memberships extends JpaRepository<Membership, UUID> {
    List<Membership> findByUserId(UUID userId);

    List<Membership> findByWorkingGroupId(UUID workingGroupId);

    List<Membership> findByWorkingGroupIdAndUserId(UUID workingGroupId, UUID userId);

    boolean existsByWorkingGroupIdAndUserIdAndRole(UUID workingGroupId, UUID userId, WorkingGroupRole role);

    @Query("select count(distinct m.userId) from Membership m where m.workingGroup.id = ?1")
    long countMembers(UUID workingGroupId);
}
