package org.accord.drafting.internal;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "draft_standard")
public class DraftStandard {
    @Id
    private UUID id;
    @Column(name = "working_group_id", nullable = false)
    private UUID workingGroupId;
    @Column(nullable = false, unique = true)
    private String reference;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false, length = 8)
    private String language;
    @Column(name = "stage_code", nullable = false, length = 5)
    private String stageCode;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DraftStandard() {
    }

    public DraftStandard(UUID workingGroupId, String reference, String title, String language, String stageCode) {
        this.id = UUID.randomUUID();
        this.workingGroupId = workingGroupId;
        this.reference = reference;
        this.title = title;
        this.language = language;
        this.stageCode = stageCode;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public void moveToStage(String code) {
        this.stageCode = code;
        touch();
    }

    public void touch() {
        this.updatedAt = Instant.now();
    }

    public UUID getId() { return id; }
    public UUID getWorkingGroupId() { return workingGroupId; }
    public String getReference() { return reference; }
    public String getTitle() { return title; }
    public String getLanguage() { return language; }
    public String getStageCode() { return stageCode; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
