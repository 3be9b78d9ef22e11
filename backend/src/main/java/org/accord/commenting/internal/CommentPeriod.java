package org.accord.commenting.internal;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "comment_period")
public class CommentPeriod {
    @Id
    private UUID id;
    @Column(name = "draft_id", nullable = false)
    private UUID draftId;
    @Column(name = "version_label", nullable = false)
    private String versionLabel;
    @Column(name = "opened_by")
    private UUID openedBy;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;
    @Column(nullable = false)
    private Instant deadline;
    @Column(name = "allow_late", nullable = false)
    private boolean allowLate;
    @Column(name = "closed_at")
    private Instant closedAt;
    private String note;

    protected CommentPeriod() {
    }

    public CommentPeriod(UUID draftId, String versionLabel, UUID openedBy, Instant deadline, boolean allowLate, String note) {
        this.id = UUID.randomUUID();
        this.draftId = draftId;
        this.versionLabel = versionLabel;
        this.openedBy = openedBy;
        this.openedAt = Instant.now();
        this.deadline = deadline;
        this.allowLate = allowLate;
        this.note = note;
    }

    public void close() {
        this.closedAt = Instant.now();
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public UUID getId() { return id; }
    public UUID getDraftId() { return draftId; }
    public String getVersionLabel() { return versionLabel; }
    public UUID getOpenedBy() { return openedBy; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getDeadline() { return deadline; }
    public boolean isAllowLate() { return allowLate; }
    public Instant getClosedAt() { return closedAt; }
    public String getNote() { return note; }
}
