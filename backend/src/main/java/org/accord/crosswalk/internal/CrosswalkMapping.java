package org.accord.crosswalk.internal;

import jakarta.persistence.*;
import org.accord.crosswalk.mapping.Provenance;
import org.accord.crosswalk.mapping.Rationale;
import org.accord.crosswalk.mapping.Relationship;
import org.accord.crosswalk.mapping.ReviewStatus;

import java.time.Instant;
import java.util.UUID;

/** A clause mapped to a provision, against one revision of the clause. */
@Entity
@Table(name = "crosswalk_mapping")
public class CrosswalkMapping {
    @Id
    private UUID id;
    @Column(name = "draft_id", nullable = false)
    private UUID draftId;
    @Column(name = "clause_id", nullable = false)
    private UUID clauseId;
    @Column(name = "provision_id", nullable = false)
    private UUID provisionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Relationship relationship;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Rationale rationale;
    private Integer strength;
    private String explanation;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Provenance provenance;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_status", nullable = false)
    private ReviewStatus reviewStatus;
    @Column(name = "author_id")
    private UUID authorId;
    @Column(name = "author_name", nullable = false)
    private String authorName;
    @Column(name = "clause_revision", nullable = false)
    private int clauseRevision;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected CrosswalkMapping() {
    }

    public CrosswalkMapping(UUID id, UUID draftId, UUID clauseId, UUID provisionId, Instant now) {
        this.id = id == null ? UUID.randomUUID() : id;
        this.draftId = draftId;
        this.clauseId = clauseId;
        this.provisionId = provisionId;
        this.createdAt = now;
    }

    public void assess(Relationship relationship, Rationale rationale, Integer strength, String explanation,
                       Provenance provenance, ReviewStatus status, UUID authorId, String authorName,
                       int clauseRevision, Instant now) {
        this.relationship = relationship;
        this.rationale = rationale;
        this.strength = strength;
        this.explanation = explanation;
        this.provenance = provenance;
        this.reviewStatus = status;
        this.authorId = authorId;
        this.authorName = authorName;
        this.clauseRevision = clauseRevision;
        this.updatedAt = now;
    }

    public void review(ReviewStatus status, Instant now) {
        this.reviewStatus = status;
        this.updatedAt = now;
    }

    public UUID getId() { return id; }
    public UUID getDraftId() { return draftId; }
    public UUID getClauseId() { return clauseId; }
    public UUID getProvisionId() { return provisionId; }
    public Relationship getRelationship() { return relationship; }
    public Rationale getRationale() { return rationale; }
    public Integer getStrength() { return strength; }
    public String getExplanation() { return explanation; }
    public Provenance getProvenance() { return provenance; }
    public ReviewStatus getReviewStatus() { return reviewStatus; }
    public UUID getAuthorId() { return authorId; }
    public String getAuthorName() { return authorName; }
    public int getClauseRevision() { return clauseRevision; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
