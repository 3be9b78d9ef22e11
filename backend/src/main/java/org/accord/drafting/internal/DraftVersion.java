package org.accord.drafting.internal;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.UUID;

/** A frozen, numbered state of a whole draft ("WD 2", "CD 1"), stored as pointers to revisions. */
@Entity
@Table(name = "draft_version")
public class DraftVersion {
    @Id
    private UUID id;
    @Column(name = "draft_id", nullable = false)
    private UUID draftId;
    @Column(nullable = false)
    private int seq;
    @Column(nullable = false)
    private String label;
    @Column(name = "stage_code", nullable = false)
    private String stageCode;
    @Column(name = "created_by")
    private UUID createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    private String note;
    @Column(nullable = false)
    private String structure;
    @Column(nullable = false)
    private String terms;

    protected DraftVersion() {
    }

    public DraftVersion(UUID draftId, int seq, String label, String stageCode, UUID createdBy, String note,
                        String structure, String terms) {
        this.id = UUID.randomUUID();
        this.draftId = draftId;
        this.seq = seq;
        this.label = label;
        this.stageCode = stageCode;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.note = note;
        this.structure = structure;
        this.terms = terms;
    }

    public UUID getId() { return id; }
    public UUID getDraftId() { return draftId; }
    public int getSeq() { return seq; }
    public String getLabel() { return label; }
    public String getStageCode() { return stageCode; }
    public UUID getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getNote() { return note; }
    public String getStructure() { return structure; }
    public String getTerms() { return terms; }
}
