package org.accord.drafting.internal;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.UUID;

/** Every saved body of a clause, with author, time and message. */
@Entity
@Table(name = "clause_revision")
public class ClauseRevision {
    @Id
    private UUID id;
    @Column(name = "clause_id", nullable = false)
    private UUID clauseId;
    @Column(name = "revision_no", nullable = false)
    private int revisionNo;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String body;
    @Column(name = "author_id")
    private UUID authorId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    private String message;

    protected ClauseRevision() {
    }

    public ClauseRevision(UUID clauseId, int revisionNo, String title, String body, UUID authorId, String message) {
        this.id = UUID.randomUUID();
        this.clauseId = clauseId;
        this.revisionNo = revisionNo;
        this.title = title;
        this.body = body;
        this.authorId = authorId;
        this.createdAt = Instant.now();
        this.message = message;
    }

    public UUID getId() { return id; }
    public UUID getClauseId() { return clauseId; }
    public int getRevisionNo() { return revisionNo; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public UUID getAuthorId() { return authorId; }
    public Instant getCreatedAt() { return createdAt; }
    public String getMessage() { return message; }
}
