package org.accord.balloting.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything published about a closed ballot so that anyone can check its result: the ballot and its counting
 * rule, the eligible voters (as tokens), the full vote log and the published tally. Written and read as JSON by
 * {@link BallotExportIo}:
 * <pre>
 * { "ballot":  { "id", "title", "ruleName", "ruleParameters": {...}, "secret", "opensAt", "closesAt" },
 *   "voters":  [ { "token", "weight", "chamber", "subChamber", "kind", "pMember", "constituencies": [...] } ],
 *   "entries": [ { "position", "ballotId", "voterToken", "choice", "reasoned", "commentRefs": [...],
 *                  "castAt", "previousHash", "hash" } ],
 *   "tally":   { ... as published ... } }
 * </pre>
 * Free-form maps ({@code ruleParameters}, {@code tally}) hold JSON values as plain Java: {@code Map}, {@code List},
 * {@code String}, {@code Boolean}, {@code Long}/{@code BigInteger} for whole numbers, {@code BigDecimal} for
 * others, and {@code null}.
 */
public record BallotExport(Ballot ballot, List<Voter> voters, List<LedgerEntry> entries, Map<String, Object> tally) {

    public BallotExport {
        Objects.requireNonNull(ballot, "ballot");
        voters = List.copyOf(voters);
        entries = List.copyOf(entries);
        tally = freeForm(tally);
    }

    /**
     * @param opensAt  when voting opened; may be null
     * @param closesAt when voting closed; may be null
     */
    public record Ballot(String id, String title, String ruleName, Map<String, Object> ruleParameters,
                         boolean secret, Instant opensAt, Instant closesAt) {
        public Ballot {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(ruleName, "ruleName");
            ruleParameters = freeForm(ruleParameters);
        }
    }

    /**
     * An eligible voter.
     *
     * @param token          as in the log's {@code voterToken} ({@link VoterTokens})
     * @param weight         the voter's vote weight
     * @param chamber        may be null
     * @param subChamber     may be null
     * @param kind           e.g. member or observer category; may be null
     * @param pMember        whether the voter is a participating member
     * @param constituencies the constituencies the voter belongs to; empty if none
     */
    public record Voter(String token, BigDecimal weight, String chamber, String subChamber, String kind,
                        boolean pMember, List<String> constituencies) {
        public Voter {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(weight, "weight");
            constituencies = List.copyOf(constituencies);
        }
    }

    private static Map<String, Object> freeForm(Map<String, Object> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
