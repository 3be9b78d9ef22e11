package org.accord.publishing.internal;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.UUID;

/** A withdrawal or supersession of a publication; the publication itself stays as it was. */
@Entity
@Table(name = "publication_event")
public class PublicationEvent {
    public enum Kind { WITHDRAWN, SUPERSEDED }

    @Id
    private UUID id;
    @Column(name = "publication_id", nullable = false)
    private UUID publicationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(name = "superseded_by")
    private UUID supersededBy;
    private String reason;
    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;
    @Column(nullable = false)
    private String actor;

    protected PublicationEvent() {
    }

    public PublicationEvent(UUID publicationId, Kind kind, UUID supersededBy, String reason, Instant at, String actor) {
        this.id = UUID.randomUUID();
        this.publicationId = publicationId;
        this.kind = kind;
        this.supersededBy = supersededBy;
        this.reason = reason;
        this.happenedAt = at;
        this.actor = actor;
    }

    public UUID getPublicationId() { return publicationId; }
    public Kind getKind() { return kind; }
    public UUID getSupersededBy() { return supersededBy; }
    public String getReason() { return reason; }
    public Instant getHappenedAt() { return happenedAt; }
    public String getActor() { return actor; }
}
