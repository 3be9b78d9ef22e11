package org.accord.commenting.internal;

import jakarta.persistence.*;
import org.accord.commenting.*;

import java.time.Instant;
import java.util.UUID;

/** One comment, field for field the ISO/IEC/CEN/CENELEC template row, plus its anchor and life cycle. */
@Entity
@Table(name = "draft_comment")
public class DraftComment {
    @Id
    private UUID id;
    @Column(name = "draft_id", nullable = false)
    private UUID draftId;
    @Column(name = "clause_id", nullable = false)
    private UUID clauseId;
    @Column(name = "period_id", nullable = false)
    private UUID periodId;
    @Column(name = "version_label", nullable = false)
    private String versionLabel;
    @Column(nullable = false)
    private int number;
    @Column(name = "originator_org")
    private UUID originatorOrg;
    @Column(name = "originator_code", nullable = false)
    private String originatorCode;
    @Column(name = "author_id", nullable = false)
    private UUID authorId;
    @Column(name = "clause_ref")
    private String clauseRef;
    @Column(name = "line_ref")
    private String lineRef;
    @Column(name = "paragraph_ref")
    private String paragraphRef;
    @Column(name = "comment_type", nullable = false)
    private String commentType;
    @Column(nullable = false)
    private String justification;
    @Column(name = "proposed_change")
    private String proposedChange;
    @Column(name = "anchor_quote")
    private String anchorQuote;
    @Column(name = "anchor_prefix")
    private String anchorPrefix;
    @Column(name = "anchor_suffix")
    private String anchorSuffix;
    @Column(name = "anchor_start")
    private Integer anchorStart;
    @Column(name = "anchor_status", nullable = false)
    private String anchorStatus;
    @Column(name = "anchor_revision")
    private Integer anchorRevision;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommentStatus status;
    private boolean late;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submitted_by")
    private UUID submittedBy;
    @Enumerated(EnumType.STRING)
    private Resolution resolution;
    private String observation;
    @Column(name = "resolved_by")
    private UUID resolvedBy;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "applied_revision")
    private Integer appliedRevision;
    @Column(name = "applied_by")
    private UUID appliedBy;
    @Column(name = "applied_at")
    private Instant appliedAt;
    /** ISO 639-1 code of the language the comment is written in. */
    @Column(nullable = false)
    private String language;

    protected DraftComment() {
    }

    public DraftComment(UUID draftId, UUID clauseId, UUID periodId, String versionLabel, int number, UUID originatorOrg,
                        String originatorCode, UUID authorId, String clauseRef, String lineRef, String paragraphRef,
                        CommentType type, String justification, String proposedChange, TextAnchor anchor, int revision) {
        this.id = UUID.randomUUID();
        this.draftId = draftId;
        this.clauseId = clauseId;
        this.periodId = periodId;
        this.versionLabel = versionLabel;
        this.number = number;
        this.originatorOrg = originatorOrg;
        this.originatorCode = originatorCode;
        this.authorId = authorId;
        this.clauseRef = clauseRef;
        this.lineRef = lineRef;
        this.paragraphRef = paragraphRef;
        this.commentType = type.code();
        this.justification = justification;
        this.proposedChange = proposedChange;
        this.status = CommentStatus.DRAFT;
        this.createdAt = Instant.now();
        this.anchorStatus = AnchorLocator.Status.EXACT.name();
        setAnchor(anchor, revision, AnchorLocator.Status.EXACT);
    }

    /** Sets the language the comment is written in (ISO 639-1, checked by the caller). */
    public DraftComment writtenIn(String language) {
        this.language = language;
        return this;
    }

    public void setAnchor(TextAnchor anchor, int revision, AnchorLocator.Status status) {
        if (anchor == null) {
            return;
        }
        this.anchorQuote = anchor.quote();
        this.anchorPrefix = anchor.prefix();
        this.anchorSuffix = anchor.suffix();
        this.anchorStart = anchor.start();
        this.anchorRevision = revision;
        this.anchorStatus = status.name();
    }

    public void markAnchorOutdated(int revision) {
        this.anchorStatus = AnchorLocator.Status.OUTDATED.name();
        this.anchorRevision = revision;
    }

    public TextAnchor anchor() {
        return anchorQuote == null || anchorQuote.isEmpty() ? null
                : new TextAnchor(anchorQuote, anchorPrefix, anchorSuffix, anchorStart == null ? 0 : anchorStart);
    }

    public void submit(UUID by, boolean isLate) {
        this.status = CommentStatus.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = Instant.now();
        this.late = isLate;
    }

    public void edit(String lineRef, String paragraphRef, CommentType type, String justification, String proposedChange) {
        this.lineRef = lineRef;
        this.paragraphRef = paragraphRef;
        this.commentType = type.code();
        this.justification = justification;
        this.proposedChange = proposedChange;
    }

    public void resolve(Resolution resolution, String observation, UUID by) {
        this.resolution = resolution;
        this.observation = observation;
        this.resolvedBy = by;
        this.resolvedAt = Instant.now();
    }

    public void applied(int revision, UUID by) {
        this.appliedRevision = revision;
        this.appliedBy = by;
        this.appliedAt = Instant.now();
    }

    public UUID getId() { return id; }
    public UUID getDraftId() { return draftId; }
    public UUID getClauseId() { return clauseId; }
    public UUID getPeriodId() { return periodId; }
    public String getVersionLabel() { return versionLabel; }
    public int getNumber() { return number; }
    public UUID getOriginatorOrg() { return originatorOrg; }
    public String getOriginatorCode() { return originatorCode; }
    public UUID getAuthorId() { return authorId; }
    public String getClauseRef() { return clauseRef; }
    public String getLineRef() { return lineRef; }
    public String getParagraphRef() { return paragraphRef; }
    public CommentType getType() { return CommentType.fromCode(commentType); }
    public String getJustification() { return justification; }
    public String getProposedChange() { return proposedChange; }
    public String getAnchorStatus() { return anchorStatus; }
    public Integer getAnchorRevision() { return anchorRevision; }
    public CommentStatus getStatus() { return status; }
    public boolean isLate() { return late; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public UUID getSubmittedBy() { return submittedBy; }
    public Resolution getResolution() { return resolution; }
    public String getObservation() { return observation; }
    public UUID getResolvedBy() { return resolvedBy; }
    public Instant getResolvedAt() { return resolvedAt; }
    public Integer getAppliedRevision() { return appliedRevision; }
    public Instant getAppliedAt() { return appliedAt; }
    public String getLanguage() { return language; }
}
