package org.accord.publishing.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

public interface PublicationEvents extends JpaRepository<PublicationEvent, UUID> {
    List<PublicationEvent> findByPublicationIdInOrderByHappenedAt(Collection<UUID> publicationIds);
}
