package org.accord.membership.internal;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One person's application for a seat in a working group, with the secretariat's merit rank. */
@Entity
@Table(name = "seat_application")
public class SeatApplication {
    @Id
    private UUID id;
    @Column(name = "working_group_id", nullable = false)
    private UUID workingGroupId;
    @Column(name = "user_id", nullable = false)
    private UUID userId;
    @Column(name = "organisation_id")
    private UUID organisationId;
    @Column(nullable = false, length = 2)
    private String country;
    @Column(name = "stakeholder_groups", nullable = false)
    private String stakeholderGroups;
    @Column(nullable = false)
    private String statement;
    @Column(name = "merit_rank")
    private Integer meritRank;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected SeatApplication() {
    }

    public SeatApplication(UUID workingGroupId, UUID userId, Instant at) {
        this.id = UUID.randomUUID();
        this.workingGroupId = workingGroupId;
        this.userId = userId;
        this.submittedAt = at;
    }

    public void update(UUID organisationId, String country, List<String> groups, String statement) {
        this.organisationId = organisationId;
        this.country = country;
        this.stakeholderGroups = String.join(",", groups);
        this.statement = statement;
    }

    public UUID getId() { return id; }
    public UUID getWorkingGroupId() { return workingGroupId; }
    public UUID getUserId() { return userId; }
    public UUID getOrganisationId() { return organisationId; }
    public String getCountry() { return country; }
    public List<String> getStakeholderGroups() {
        return stakeholderGroups.isBlank() ? List.of() : Arrays.asList(stakeholderGroups.split(","));
    }
    public String getStatement() { return statement; }
    public Integer getMeritRank() { return meritRank; }
    public void setMeritRank(Integer meritRank) { this.meritRank = meritRank; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public void withdraw(Instant at) { this.withdrawnAt = at; }
    public void resubmit(Instant at) { this.withdrawnAt = null; this.submittedAt = at; }
    public boolean isActive() { return withdrawnAt == null; }
}
