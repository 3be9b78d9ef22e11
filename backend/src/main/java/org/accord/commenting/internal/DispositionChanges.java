package org.accord.commenting.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface DispositionChanges extends JpaRepository<DispositionChange, UUID> {
    List<DispositionChange> findByCommentIdOrderByChangedAt(UUID commentId);
}
