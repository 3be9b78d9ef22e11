package org.accord.publishing.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

public interface Publications extends JpaRepository<Publication, UUID> {
    List<Publication> findByDraftIdOrderByEdition(UUID draftId);

    List<Publication> findByStateOrderByPublishedAtDesc(Publication.State state);

    @Query("select p.id from Publication p where p.state = ?1 order by p.publishedAt")
    List<UUID> idsInState(Publication.State state);

    @Query("select coalesce(max(p.edition), 0) from Publication p where p.draftId = ?1")
    int maxEdition(UUID draftId);
}
