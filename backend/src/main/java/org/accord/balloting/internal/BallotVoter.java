package org.accord.balloting.internal;

import jakarta.persistence.*;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One eligible voter, snapshotted from the seated members when the round opened. */
@Entity
@Table(name = "ballot_voter")
@IdClass(BallotVoter.Key.class)
public class BallotVoter {
    @Id
    @Column(name = "ballot_id")
    private UUID ballotId;
    @Id
    @Column(name = "user_id")
    private UUID userId;
    @Column(nullable = false)
    private String token;
    @Column(nullable = false)
    private BigDecimal weight;
    private String chamber;
    @Column(name = "sub_chamber")
    private String subChamber;
    @Column(nullable = false)
    private String kind;
    @Column(name = "p_member", nullable = false)
    private boolean pMember;
    @Column(nullable = false)
    private String constituencies;

    public record Key(UUID ballotId, UUID userId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    protected BallotVoter() {
    }

    public BallotVoter(UUID ballotId, UUID userId, String token, BigDecimal weight, String chamber, String subChamber,
                       String kind, boolean pMember, List<String> constituencies) {
        this.ballotId = ballotId;
        this.userId = userId;
        this.token = token;
        this.weight = weight;
        this.chamber = chamber;
        this.subChamber = subChamber;
        this.kind = kind;
        this.pMember = pMember;
        this.constituencies = String.join(",", constituencies);
    }

    public UUID getBallotId() { return ballotId; }
    public UUID getUserId() { return userId; }
    public String getToken() { return token; }
    public BigDecimal getWeight() { return weight; }
    public String getChamber() { return chamber; }
    public String getSubChamber() { return subChamber; }
    public String getKind() { return kind; }
    public boolean isPMember() { return pMember; }
    public List<String> getConstituencies() {
        return constituencies.isBlank() ? List.of() : Arrays.asList(constituencies.split(","));
    }
}
