package org.accord.drafting.internal;

import jakarta.persistence.*;
import org.accord.drafting.AnnexType;
import org.accord.drafting.ClauseKind;

import java.util.UUID;

/** A clause keeps its id for life; its number is derived from parent and position. */
@Entity
@Table(name = "clause")
public class Clause {
    @Id
    private UUID id;
    @Column(name = "draft_id", nullable = false)
    private UUID draftId;
    @Column(name = "parent_id")
    private UUID parentId;
    @Column(nullable = false)
    private int position;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClauseKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "annex_type")
    private AnnexType annexType;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String body;
    @Column(name = "revision_no", nullable = false)
    private int revisionNo;
    private boolean deleted;
    @Column(name = "revised_at", nullable = false)
    private java.time.Instant revisedAt;
    @Column(name = "revised_by")
    private UUID revisedBy;

    protected Clause() {
    }

    public Clause(UUID draftId, UUID parentId, int position, ClauseKind kind, AnnexType annexType, String title, String body) {
        this.id = UUID.randomUUID();
        this.draftId = draftId;
        this.parentId = parentId;
        this.position = position;
        this.kind = kind;
        this.annexType = annexType;
        this.title = title;
        this.body = body;
        this.revisionNo = 1;
        this.revisedAt = java.time.Instant.now();
    }

    /** A new revision becomes current; returns its number. */
    public int revise(String newTitle, String newBody, UUID author) {
        this.title = newTitle;
        this.body = newBody;
        this.revisionNo++;
        this.revisedAt = java.time.Instant.now();
        this.revisedBy = author;
        return revisionNo;
    }

    public void placeAt(UUID newParentId, int newPosition) {
        this.parentId = newParentId;
        this.position = newPosition;
    }

    public void markDeleted() {
        this.deleted = true;
    }

    public void stampCreatedBy(UUID author) {
        this.revisedBy = author;
    }

    public UUID getId() { return id; }
    public UUID getDraftId() { return draftId; }
    public UUID getParentId() { return parentId; }
    public int getPosition() { return position; }
    public ClauseKind getKind() { return kind; }
    public AnnexType getAnnexType() { return annexType; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public int getRevisionNo() { return revisionNo; }
    public boolean isDeleted() { return deleted; }
    public java.time.Instant getRevisedAt() { return revisedAt; }
    public UUID getRevisedBy() { return revisedBy; }
}
