package org.accord.balloting.internal;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.UUID;

/** A ballot round. Fixed at opening; only the close may be extended. */
@Entity
@Table(name = "ballot")
public class Ballot {
    @Id
    private UUID id;
    @Column(nullable = false)
    private int number;
    @Column(name = "working_group_id", nullable = false)
    private UUID workingGroupId;
    @Column(name = "draft_id")
    private UUID draftId;
    @Column(name = "version_label")
    private String versionLabel;
    private String motion;
    @Column(nullable = false)
    private String title;
    @Column(name = "rule_preset", nullable = false)
    private String rulePreset;
    @Column(nullable = false)
    private String weighting;
    /** Participation quotas, "constituency=k" separated by commas. */
    @Column(nullable = false)
    private String participation;
    /** CUSTOM preset thresholds, "key=share" separated by commas. */
    @Column(name = "custom_rule", nullable = false)
    private String customRule;
    @Column(nullable = false)
    private boolean secret;
    @Column(name = "ballot_secret", nullable = false)
    private byte[] ballotSecret;
    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;
    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;
    @Column(nullable = false)
    private String status;
    @Column(name = "created_by", nullable = false)
    private UUID createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by")
    private UUID closedBy;
    private String result;
    @Column(name = "head_hash")
    private String headHash;

    protected Ballot() {
    }

    public Ballot(int number, UUID workingGroupId, UUID draftId, String versionLabel, String motion, String title,
                  String rulePreset, String weighting, String participation, String customRule, boolean secret, byte[] ballotSecret, Instant opensAt,
                  Instant closesAt, UUID createdBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.workingGroupId = workingGroupId;
        this.draftId = draftId;
        this.versionLabel = versionLabel;
        this.motion = motion;
        this.title = title;
        this.rulePreset = rulePreset;
        this.weighting = weighting;
        this.participation = participation;
        this.customRule = customRule;
        this.secret = secret;
        this.ballotSecret = ballotSecret;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.status = "OPEN";
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void close(UUID by, Instant at, String result, String headHash) {
        this.status = "CLOSED";
        this.closedBy = by;
        this.closedAt = at;
        // closed early: the window published with the log ends here
        if (at.isBefore(closesAt)) {
            this.closesAt = at;
        }
        this.result = result;
        this.headHash = headHash;
    }

    public void extend(Instant newClose) {
        this.closesAt = newClose;
        this.status = "OPEN";
        this.closedAt = null;
        this.closedBy = null;
        this.result = null;
        this.headHash = null;
    }

    public UUID getId() { return id; }
    public int getNumber() { return number; }
    public UUID getWorkingGroupId() { return workingGroupId; }
    public UUID getDraftId() { return draftId; }
    public String getVersionLabel() { return versionLabel; }
    public String getMotion() { return motion; }
    public String getTitle() { return title; }
    public String getRulePreset() { return rulePreset; }
    public String getWeighting() { return weighting; }
    public String getParticipation() { return participation; }
    public String getCustomRule() { return customRule; }
    public boolean isSecret() { return secret; }
    public byte[] getBallotSecret() { return ballotSecret; }
    public Instant getOpensAt() { return opensAt; }
    public Instant getClosesAt() { return closesAt; }
    public String getStatus() { return status; }
    public UUID getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getResult() { return result; }
    public String getHeadHash() { return headHash; }
}
