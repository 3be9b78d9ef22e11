package org.accord.membership.internal;

import jakarta.persistence.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person holding (or having held) a seat from a confirmed allocation. */
@Entity
@Table(name = "seat_holder")
public class SeatHolder {
    @Id
    private UUID id;
    @Column(name = "working_group_id", nullable = false)
    private UUID workingGroupId;
    @Column(name = "allocation_id", nullable = false)
    private UUID allocationId;
    @Column(name = "application_id", nullable = false)
    private UUID applicationId;
    @Column(name = "user_id", nullable = false)
    private UUID userId;
    @Column(name = "seat_number", nullable = false)
    private int seatNumber;
    @Column(nullable = false)
    private String reason;
    @Column(name = "counts_toward", nullable = false)
    private String countsToward;
    @Column(name = "term_start", nullable = false)
    private LocalDate termStart;
    @Column(name = "term_end")
    private LocalDate termEnd;
    @Column(name = "left_at")
    private Instant leftAt;
    @Column(name = "left_reason")
    private String leftReason;

    protected SeatHolder() {
    }

    public SeatHolder(UUID workingGroupId, UUID allocationId, UUID applicationId, UUID userId, int seatNumber,
            String reason, String countsToward, LocalDate termStart, LocalDate termEnd) {
        this.id = UUID.randomUUID();
        this.workingGroupId = workingGroupId;
        this.allocationId = allocationId;
        this.applicationId = applicationId;
        this.userId = userId;
        this.seatNumber = seatNumber;
        this.reason = reason;
        this.countsToward = countsToward;
        this.termStart = termStart;
        this.termEnd = termEnd;
    }

    public void leave(Instant at, String why) {
        this.leftAt = at;
        this.leftReason = why;
    }

    public UUID getId() { return id; }
    public UUID getWorkingGroupId() { return workingGroupId; }
    public UUID getAllocationId() { return allocationId; }
    public UUID getApplicationId() { return applicationId; }
    public UUID getUserId() { return userId; }
    public int getSeatNumber() { return seatNumber; }
    public String getReason() { return reason; }
    public String getCountsToward() { return countsToward; }
    public LocalDate getTermStart() { return termStart; }
    public LocalDate getTermEnd() { return termEnd; }
    public Instant getLeftAt() { return leftAt; }
    public String getLeftReason() { return leftReason; }
    public boolean isCurrent() { return leftAt == null; }
}
