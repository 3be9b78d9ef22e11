package org.accord.membership.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

public interface StoredSeatPlans extends JpaRepository<StoredSeatPlan, UUID> {
}
