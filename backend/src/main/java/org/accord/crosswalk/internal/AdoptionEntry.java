package org.accord.crosswalk.internal;

import jakarta.persistence.*;
import org.accord.crosswalk.AdoptionDecision;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One line of a national adoption profile: what a jurisdiction does with one clause. */
@Entity
@Table(name = "adoption_decision")
@IdClass(AdoptionEntry.Key.class)
public class AdoptionEntry {
    public record Key(UUID draftId, String jurisdiction, UUID clauseId) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }

    @Id
    @Column(name = "draft_id")
    private UUID draftId;
    @Id
    private String jurisdiction;
    @Id
    @Column(name = "clause_id")
    private UUID clauseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AdoptionDecision decision;
    private String note;
    @Column(name = "author_name", nullable = false)
    private String authorName;
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected AdoptionEntry() {
    }

    public AdoptionEntry(UUID draftId, String jurisdiction, UUID clauseId) {
        this.draftId = draftId;
        this.jurisdiction = jurisdiction;
        this.clauseId = clauseId;
    }

    public void decide(AdoptionDecision decision, String note, String authorName, Instant at) {
        this.decision = decision;
        this.note = note;
        this.authorName = authorName;
        this.decidedAt = at;
    }

    public UUID getDraftId() { return draftId; }
    public String getJurisdiction() { return jurisdiction; }
    public UUID getClauseId() { return clauseId; }
    public AdoptionDecision getDecision() { return decision; }
    public String getNote() { return note; }
    public String getAuthorName() { return authorName; }
    public Instant getDecidedAt() { return decidedAt; }
}
