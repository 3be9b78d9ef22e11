package org.accord.commenting.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface CommentPeriods extends JpaRepository<CommentPeriod, UUID> {
    List<CommentPeriod> findByDraftIdOrderByOpenedAtDesc(UUID draftId);
}
