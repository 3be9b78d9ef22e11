package org.accord.drafting.internal;

import jakarta.persistence.*;
import org.accord.drafting.TranslationStatus;

import java.time.Instant;
import java.util.UUID;

/** One clause in one other language, with the clause revision it was translated from. */
@Entity
@Table(name = "clause_translation")
public class ClauseTranslation {
    @Id
    private UUID id;
    @Column(name = "clause_id", nullable = false)
    private UUID clauseId;
    @Column(nullable = false)
    private String language;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String body;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TranslationStatus status;
    @Column(name = "translator_id")
    private UUID translatorId;
    @Column(name = "source_revision", nullable = false)
    private int sourceRevision;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    /** 1 for a new translation, one more on every change; a change names the version it started from. */
    @Column(nullable = false)
    private int version;

    protected ClauseTranslation() {
    }

    public ClauseTranslation(UUID clauseId, String language) {
        this.id = UUID.randomUUID();
        this.clauseId = clauseId;
        this.language = language;
    }

    public void update(String title, String body, TranslationStatus status, int sourceRevision, UUID translatorId) {
        this.title = title;
        this.body = body;
        this.status = status;
        this.sourceRevision = sourceRevision;
        this.translatorId = translatorId;
        this.updatedAt = Instant.now();
        this.version++;
    }

    public UUID getId() { return id; }
    public UUID getClauseId() { return clauseId; }
    public String getLanguage() { return language; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public TranslationStatus getStatus() { return status; }
    public UUID getTranslatorId() { return translatorId; }
    public int getSourceRevision() { return sourceRevision; }
    public Instant getUpdatedAt() { return updatedAt; }
    public int getVersion() { return version; }
}
