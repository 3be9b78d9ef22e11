package org.accord.crosswalk.internal;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.UUID;

/** CEN "A-deviation": a national provision forces a different requirement for one clause in one jurisdiction. */
@Entity
@Table(name = "national_deviation")
public class NationalDeviation {
    @Id
    private UUID id;
    @Column(name = "draft_id", nullable = false)
    private UUID draftId;
    @Column(name = "clause_id", nullable = false)
    private UUID clauseId;
    @Column(nullable = false)
    private String jurisdiction;
    @Column(name = "provision_id", nullable = false)
    private UUID provisionId;
    @Column(nullable = false)
    private String requirement;
    @Column(name = "author_name", nullable = false)
    private String authorName;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected NationalDeviation() {
    }

    public NationalDeviation(UUID draftId, UUID clauseId, String jurisdiction, UUID provisionId, String requirement,
                             String authorName, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.draftId = draftId;
        this.clauseId = clauseId;
        this.jurisdiction = jurisdiction;
        this.provisionId = provisionId;
        this.requirement = requirement;
        this.authorName = authorName;
        this.createdAt = createdAt;
    }

    public UUID getId() { return id; }
    public UUID getDraftId() { return draftId; }
    public UUID getClauseId() { return clauseId; }
    public String getJurisdiction() { return jurisdiction; }
    public UUID getProvisionId() { return provisionId; }
    public String getRequirement() { return requirement; }
    public String getAuthorName() { return authorName; }
    public Instant getCreatedAt() { return createdAt; }
}
