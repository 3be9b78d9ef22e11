package org.accord.commenting.internal;

import jakarta.persistence.*;
import org.accord.commenting.Resolution;

import java.time.Instant;
import java.util.UUID;

/** Each change of a comment's disposition, kept so the secretariat can show how a decision evolved. */
@Entity
@Table(name = "disposition_history")
public class DispositionChange {
    @Id
    private UUID id;
    @Column(name = "comment_id", nullable = false)
    private UUID commentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Resolution resolution;
    private String observation;
    @Column(name = "changed_by")
    private UUID changedBy;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected DispositionChange() {
    }

    public DispositionChange(UUID commentId, Resolution resolution, String observation, UUID changedBy) {
        this.id = UUID.randomUUID();
        this.commentId = commentId;
        this.resolution = resolution;
        this.observation = observation;
        this.changedBy = changedBy;
        this.changedAt = Instant.now();
    }

    public Resolution getResolution() { return resolution; }
    public String getObservation() { return observation; }
    public UUID getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
}
