package org.accord.publishing.internal;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.UUID;

/** A published edition. Everything but the generation state is written once; a database trigger enforces it. */
@Entity
@Table(name = "publication")
public class Publication {
    public enum State { GENERATING, PUBLISHED, FAILED }

    @Id
    private UUID id;
    @Column(name = "draft_id", nullable = false, updatable = false)
    private UUID draftId;
    @Column(name = "working_group_id", nullable = false, updatable = false)
    private UUID workingGroupId;
    @Column(nullable = false, updatable = false)
    private String committee;
    @Column(name = "working_group", nullable = false, updatable = false)
    private String workingGroup;
    @Column(nullable = false, updatable = false)
    private String reference;
    @Column(nullable = false, updatable = false)
    private String title;
    @Column(nullable = false, updatable = false)
    private String language;
    @Column(nullable = false, updatable = false)
    private int edition;
    @Column(nullable = false, updatable = false)
    private String urn;
    @Column(name = "version_label", nullable = false, updatable = false)
    private String versionLabel;
    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;
    @Column(name = "published_by", nullable = false, updatable = false)
    private String publishedBy;
    @Column(name = "ballot_id", updatable = false)
    private UUID ballotId;
    @Column(name = "ballot_outcome", updatable = false)
    private String ballotOutcome;
    @Column(name = "ballot_summary", updatable = false)
    private String ballotSummary;
    @Column(name = "override_rationale", updatable = false)
    private String overrideRationale;
    @Column(nullable = false, updatable = false)
    private String content;
    @Column(name = "comment_report", nullable = false, updatable = false)
    private String commentReport;
    @Column(nullable = false, updatable = false)
    private String crosswalk;
    @Column(name = "change_log", nullable = false, updatable = false)
    private String changeLog;
    /** JSON list of participation reports (counts only); null for publications made before they were recorded. */
    @Column(updatable = false)
    private String participation;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    private String failure;

    protected Publication() {
    }

    public Publication(UUID draftId, UUID workingGroupId, String committee, String workingGroup, String reference,
                       String title, String language, int edition, String urn, String versionLabel, Instant publishedAt,
                       String publishedBy, UUID ballotId, String ballotOutcome, String ballotSummary,
                       String overrideRationale, String content, String commentReport, String crosswalk,
                       String changeLog) {
        this.id = UUID.randomUUID();
        this.draftId = draftId;
        this.workingGroupId = workingGroupId;
        this.committee = committee;
        this.workingGroup = workingGroup;
        this.reference = reference;
        this.title = title;
        this.language = language;
        this.edition = edition;
        this.urn = urn;
        this.versionLabel = versionLabel;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.ballotId = ballotId;
        this.ballotOutcome = ballotOutcome;
        this.ballotSummary = ballotSummary;
        this.overrideRationale = overrideRationale;
        this.content = content;
        this.commentReport = commentReport;
        this.crosswalk = crosswalk;
        this.changeLog = changeLog;
        this.state = State.GENERATING;
    }

    /** Written with the snapshot, before the first save; never changed afterwards. */
    public Publication withParticipation(String participationJson) {
        this.participation = participationJson;
        return this;
    }

    public void generated() {
        state = State.PUBLISHED;
        failure = null;
    }

    public void failed(String reason) {
        state = State.FAILED;
        failure = reason;
    }

    public void retry() {
        state = State.GENERATING;
    }

    public UUID getId() { return id; }
    public UUID getDraftId() { return draftId; }
    public UUID getWorkingGroupId() { return workingGroupId; }
    public String getCommittee() { return committee; }
    public String getWorkingGroup() { return workingGroup; }
    public String getReference() { return reference; }
    public String getTitle() { return title; }
    public String getLanguage() { return language; }
    public int getEdition() { return edition; }
    public String getUrn() { return urn; }
    public String getVersionLabel() { return versionLabel; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
    public UUID getBallotId() { return ballotId; }
    public String getBallotOutcome() { return ballotOutcome; }
    public String getBallotSummary() { return ballotSummary; }
    public String getOverrideRationale() { return overrideRationale; }
    public String getContent() { return content; }
    public String getCommentReport() { return commentReport; }
    public String getCrosswalk() { return crosswalk; }
    public String getChangeLog() { return changeLog; }
    public String getParticipation() { return participation; }
    public State getState() { return state; }
    public String getFailure() { return failure; }
}
