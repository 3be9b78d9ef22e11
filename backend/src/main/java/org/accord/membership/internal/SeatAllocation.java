package org.accord.membership.internal;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.UUID;

/** One allocation run: a proposal until the secretariat confirms or discards it. Result and plan kept as JSON. */
@Entity
@Table(name = "seat_allocation")
public class SeatAllocation {
    @Id
    private UUID id;
    @Column(name = "working_group_id", nullable = false)
    private UUID workingGroupId;
    @Column(nullable = false)
    private int number;
    @Column(nullable = false)
    private String mode;
    private Long seed;
    @Column(nullable = false)
    private String status;
    @Column(name = "plan_snapshot", nullable = false)
    private String planSnapshot;
    @Column(nullable = false)
    private String result;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private UUID createdBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private UUID decidedBy;

    protected SeatAllocation() {
    }

    public SeatAllocation(UUID workingGroupId, int number, String mode, Long seed, String planSnapshot, String result,
            UUID createdBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.workingGroupId = workingGroupId;
        this.number = number;
        this.mode = mode;
        this.seed = seed;
        this.status = "PROPOSED";
        this.planSnapshot = planSnapshot;
        this.result = result;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void decide(String status, UUID by, Instant at) {
        this.status = status;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public UUID getId() { return id; }
    public UUID getWorkingGroupId() { return workingGroupId; }
    public int getNumber() { return number; }
    public String getMode() { return mode; }
    public Long getSeed() { return seed; }
    public String getStatus() { return status; }
    public String getPlanSnapshot() { return planSnapshot; }
    public String getResult() { return result; }
    public Instant getCreatedAt() { return createdAt; }
    public UUID getCreatedBy() { return createdBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public UUID getDecidedBy() { return decidedBy; }
}
