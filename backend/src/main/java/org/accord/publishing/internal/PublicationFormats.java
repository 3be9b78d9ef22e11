package org.accord.publishing.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

public interface PublicationFormats extends JpaRepository<PublicationFormat, PublicationFormat.Key> {

    /** Format, media type, size and checksum without loading the bytes. */
    @Query(value = "select format, media_type, octet_length(bytes), sha256 from publication_format "
            + "where publication_id = ?1 order by format", nativeQuery = true)
    List<Object[]> listing(UUID publicationId);
}
