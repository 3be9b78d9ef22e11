package org.accord.drafting.internal;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.UUID;

/** Who moved a draft to which stage, when, and why. Rows are only ever added. */
@Entity
@Table(name = "stage_change")
public class StageChange {
    @Id
    private UUID id;
    @Column(name = "draft_id", nullable = false)
    private UUID draftId;
    @Column(name = "from_stage")
    private String fromStage;
    @Column(name = "to_stage", nullable = false)
    private String toStage;
    @Column(name = "changed_by")
    private UUID changedBy;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    private String reason;

    protected StageChange() {
    }

    public StageChange(UUID draftId, String fromStage, String toStage, UUID changedBy, String reason) {
        this.id = UUID.randomUUID();
        this.draftId = draftId;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.changedBy = changedBy;
        this.changedAt = Instant.now();
        this.reason = reason;
    }

    public String getFromStage() { return fromStage; }
    public String getToStage() { return toStage; }
    public UUID getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
    public String getReason() { return reason; }
}
