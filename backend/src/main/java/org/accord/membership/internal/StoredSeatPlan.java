package org.accord.membership.internal;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A working group's seat plan as stored; the seat engine's plan is built from it per allocation. */
@Entity
@Table(name = "seat_plan")
public class StoredSeatPlan {
    @Id
    @Column(name = "working_group_id")
    private UUID workingGroupId;
    @Column(nullable = false)
    private int seats;
    @Column(name = "counting_rule", nullable = false)
    private String countingRule;
    @Column(name = "term_months")
    private Integer termMonths;
    @Column(name = "term_limit")
    private Integer termLimit;
    @Column(name = "applications_open", nullable = false)
    private boolean applicationsOpen;
    @Column(name = "twinning_required", nullable = false)
    private boolean twinningRequired;
    @Column(name = "lottery_seed")
    private Long lotterySeed;
    @Column(name = "seed_published_at")
    private Instant seedPublishedAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    private UUID updatedBy;
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "seat_quota", joinColumns = @JoinColumn(name = "working_group_id"))
    @OrderColumn(name = "position")
    private List<QuotaRow> quotas = new ArrayList<>();

    protected StoredSeatPlan() {
    }

    public StoredSeatPlan(UUID workingGroupId) {
        this.workingGroupId = workingGroupId;
    }

    public UUID getWorkingGroupId() { return workingGroupId; }
    public int getSeats() { return seats; }
    public void setSeats(int seats) { this.seats = seats; }
    public String getCountingRule() { return countingRule; }
    public void setCountingRule(String countingRule) { this.countingRule = countingRule; }
    public Integer getTermMonths() { return termMonths; }
    public void setTermMonths(Integer termMonths) { this.termMonths = termMonths; }
    public Integer getTermLimit() { return termLimit; }
    public void setTermLimit(Integer termLimit) { this.termLimit = termLimit; }
    public boolean isApplicationsOpen() { return applicationsOpen; }
    public void setApplicationsOpen(boolean applicationsOpen) { this.applicationsOpen = applicationsOpen; }
    public boolean isTwinningRequired() { return twinningRequired; }
    public void setTwinningRequired(boolean twinningRequired) { this.twinningRequired = twinningRequired; }
    public Long getLotterySeed() { return lotterySeed; }
    public Instant getSeedPublishedAt() { return seedPublishedAt; }
    public void publishSeed(Long seed, Instant at) { this.lotterySeed = seed; this.seedPublishedAt = seed == null ? null : at; }
    public Instant getUpdatedAt() { return updatedAt; }
    public UUID getUpdatedBy() { return updatedBy; }
    public void touched(UUID by, Instant at) { this.updatedBy = by; this.updatedAt = at; }
    public long getVersion() { return version; }
    public List<QuotaRow> getQuotas() { return quotas; }
}
