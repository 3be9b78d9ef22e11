package org.accord.drafting.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

public interface ClauseRevisions extends JpaRepository<ClauseRevision, UUID> {
    
}
