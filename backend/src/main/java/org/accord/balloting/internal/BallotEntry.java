package org.accord.balloting.internal;

import jakarta.persistence.*;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One row of the hash-chained vote log (see {@code org.accord.balloting.ledger.LedgerEntry}). */
@Entity
@Table(name = "ballot_entry")
@IdClass(BallotEntry.Key.class)
public class BallotEntry {
    @Id
    @Column(name = "ballot_id")
    private UUID ballotId;
    @Id
    private long position;
    @Column(name = "voter_token", nullable = false)
    private String voterToken;
    @Column(nullable = false)
    private String choice;
    @Column(nullable = false)
    private boolean reasoned;
    @Column(name = "comment_refs", nullable = false)
    private String commentRefs;
    @Column(name = "cast_at", nullable = false)
    private Instant castAt;
    @Column(name = "previous_hash", nullable = false)
    private String previousHash;
    @Column(nullable = false)
    private String hash;
    @Column(name = "idempotency_key")
    private String idempotencyKey;

    public record Key(UUID ballotId, long position) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    protected BallotEntry() {
    }

    public BallotEntry(UUID ballotId, long position, String voterToken, String choice, boolean reasoned,
                       String commentRefs, Instant castAt, String previousHash, String hash, String idempotencyKey) {
        this.ballotId = ballotId;
        this.position = position;
        this.voterToken = voterToken;
        this.choice = choice;
        this.reasoned = reasoned;
        this.commentRefs = commentRefs;
        this.castAt = castAt;
        this.previousHash = previousHash;
        this.hash = hash;
        this.idempotencyKey = idempotencyKey;
    }

    public UUID getBallotId() { return ballotId; }
    public long getPosition() { return position; }
    public String getVoterToken() { return voterToken; }
    public String getChoice() { return choice; }
    public boolean isReasoned() { return reasoned; }
    public String getCommentRefs() { return commentRefs; }
    public Instant getCastAt() { return castAt; }
    public String getPreviousHash() { return previousHash; }
    public String getHash() { return hash; }
    public String getIdempotencyKey() { return idempotencyKey; }
}
