package org.accord.balloting.tally;

import static org.accord.balloting.tally.Criterion.Base;
import static org.accord.balloting.tally.Criterion.Comparison.AT_LEAST;
import static org.accord.balloting.tally.Criterion.Comparison.AT_MOST;
import static org.accord.balloting.tally.Criterion.Comparison.MORE_THAN;
import static org.accord.balloting.tally.Criterion.Counted;
import static org.accord.balloting.tally.Criterion.Kind;
import static org.accord.balloting.tally.Criterion.Measure.COUNT;
import static org.accord.balloting.tally.Criterion.Measure.WEIGHT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A named ballot rule: a weighting, a list of criteria that must all pass, and how abstentions and negative votes
 * without reasons are treated. The presets reproduce domain.md §3; custom rules are built with {@link #builder}.
 *
 * @param positions the positions a vote may take under this rule; any other position is rejected
 */
public record Rule(String name, WeightingScheme weighting, List<Criterion> criteria, Abstentions abstentions,
        UnreasonedNegatives unreasonedNegatives, Set<Position> positions) {

    /** Whether an abstention is a vote cast (in the denominator of "votes cast" shares). */
    public enum Abstentions {
        NOT_VOTES_CAST, VOTES_CAST
    }

    /** What happens to a negative vote that references no technical comment. */
    public enum UnreasonedNegatives {
        /** Not counted as a vote cast at all (ISO DIS/FDIS); still listed among the negative votes. */
        NOT_COUNTED,
        /** Counted like any negative vote. */
        COUNTED
    }

    public Rule {
        Objects.requireNonNull(name, "rule name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("rule name must not be blank");
        }
        Objects.requireNonNull(weighting, "weighting of rule '" + name + "'");
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("rule '" + name + "' has no criteria");
        }
        Objects.requireNonNull(abstentions, "abstentions");
        Objects.requireNonNull(unreasonedNegatives, "unreasoned negatives");
        if (positions == null || positions.isEmpty()) {
            throw new IllegalArgumentException("rule '" + name + "' allows no positions");
        }
        positions = Collections.unmodifiableSet(EnumSet.copyOf(positions));
    }

    // ---------------------------------------------------------------- presets

    private static final Criterion ISO_TWO_THIRDS_OF_P_MEMBERS = Criterion.share(
            "at least two thirds of the votes cast by P-members are approve", Kind.DECISION, "approve",
            Counted.POSITIVE, Base.VOTES_CAST, VoterScope.P_MEMBERS, COUNT, AT_LEAST, Ratio.TWO_THIRDS);

    /**
     * ISO DIS: (a) at least two thirds of the votes cast by P-members are approve; (b) not more than one quarter of
     * all votes cast (P- and O-members) are negative. Abstentions are not votes cast; negative votes without
     * technical reasons are not counted.
     */
    public static final Rule ISO_DIS = new Rule("ISO DIS", WeightingScheme.oneMemberOneVote(), List.of(
            ISO_TWO_THIRDS_OF_P_MEMBERS,
            Criterion.share("not more than one quarter of all votes cast are negative", Kind.DECISION, "negative",
                    Counted.NEGATIVE, Base.VOTES_CAST, VoterScope.ALL, COUNT, AT_MOST, Ratio.ONE_QUARTER)),
            Abstentions.NOT_VOTES_CAST, UnreasonedNegatives.NOT_COUNTED, Position.ISO_POSITIONS);

    /** ISO FDIS: the same rule as DIS. */
    public static final Rule ISO_FDIS = new Rule("ISO FDIS", ISO_DIS.weighting, ISO_DIS.criteria,
            ISO_DIS.abstentions, ISO_DIS.unreasonedNegatives, ISO_DIS.positions);

    /**
     * ISO CD, the "in case of doubt" rule: two thirds of the P-members voting approve (abstentions excluded). The
     * consensus judgement itself is the committee's, not a count. Negatives without reasons are counted (§3 states
     * the not-counted rule for DIS/FDIS only).
     */
    public static final Rule ISO_CD = new Rule("ISO CD", WeightingScheme.oneMemberOneVote(),
            List.of(ISO_TWO_THIRDS_OF_P_MEMBERS),
            Abstentions.NOT_VOTES_CAST, UnreasonedNegatives.COUNTED, Position.ISO_POSITIONS);

    /**
     * ISO NP: simple majority (more than half) of the P-members voting approve (abstentions excluded) AND at least
     * 5 P-members commit to participate (a commitment counts whatever the P-member's position).
     */
    public static final Rule ISO_NP = new Rule("ISO NP", WeightingScheme.oneMemberOneVote(), List.of(
            Criterion.share("simple majority of P-members voting approve", Kind.DECISION, "approve",
                    Counted.POSITIVE, Base.VOTES_CAST, VoterScope.P_MEMBERS, COUNT, MORE_THAN, Ratio.ONE_HALF),
            Criterion.minimumCommitments(VoterScope.P_MEMBERS, 5)),
            Abstentions.NOT_VOTES_CAST, UnreasonedNegatives.COUNTED, Position.ISO_POSITIONS);

    /**
     * CEN (since 2017): only yes/no count (abstentions ignored): at least 55 % of the votes cast are yes AND the yes
     * votes represent at least 65 % of the population ({@link Voter#weight()}) of the members voting.
     */
    public static final Rule CEN = new Rule("CEN", WeightingScheme.perMember(), List.of(
            Criterion.share("at least 55 % of the votes cast are yes", Kind.DECISION, "yes", Counted.POSITIVE,
                    Base.VOTES_CAST, VoterScope.ALL, COUNT, AT_LEAST, Ratio.percent(55)),
            Criterion.share("yes votes represent at least 65 % of the population of the members voting",
                    Kind.DECISION, "yes population", Counted.POSITIVE, Base.VOTES_CAST, VoterScope.ALL, WEIGHT,
                    AT_LEAST, Ratio.percent(65))),
            Abstentions.NOT_VOTES_CAST, UnreasonedNegatives.COUNTED, Position.ISO_POSITIONS);

    /**
     * CENELEC historic weighted scheme: at least 71 % of the weighted votes cast are yes. Abstentions are NOT votes
     * cast (as in the CEN/CENELEC Internal Regulations of the time and CEN today).
     */
    public static final Rule CENELEC = new Rule("CENELEC", WeightingScheme.perMember(), List.of(
            Criterion.share("at least 71 % of the weighted votes cast are yes", Kind.DECISION, "yes weight",
                    Counted.POSITIVE, Base.VOTES_CAST, VoterScope.ALL, WEIGHT, AT_LEAST, Ratio.percent(71))),
            Abstentions.NOT_VOTES_CAST, UnreasonedNegatives.COUNTED, Position.ISO_POSITIONS);

    /** The CENELEC member weights quoted in domain.md (total 96). */
    public static final List<Voter> CENELEC_MEMBERS = List.of(
            Voter.weighted("FR", 10), Voter.weighted("DE", 10), Voter.weighted("IT", 10), Voter.weighted("UK", 10),
            Voter.weighted("ES", 8),
            Voter.weighted("BE", 5), Voter.weighted("GR", 5), Voter.weighted("NL", 5), Voter.weighted("PT", 5),
            Voter.weighted("CH", 5),
            Voter.weighted("AT", 4), Voter.weighted("SE", 4),
            Voter.weighted("DK", 3), Voter.weighted("FI", 3), Voter.weighted("IE", 3), Voter.weighted("NO", 3),
            Voter.weighted("LU", 2), Voter.weighted("IS", 1));

    /**
     * FSC General Assembly: quorum more than 50 % of the voting power of EACH chamber present (abstentions are
     * present); a simple majority of the voting power cast in each chamber votes yes (abstentions excluded); at
     * least two thirds of all voting power present votes yes. Quorum failing makes the ballot not valid.
     */
    public static final Rule FSC = new Rule("FSC General Assembly", WeightingScheme.fsc(), List.of(
            Criterion.quorumInEachChamber(MORE_THAN, Ratio.ONE_HALF),
            Criterion.majorityInEachChamber(),
            Criterion.share("two thirds of all voting power present votes yes", Kind.DECISION, "yes",
                    Counted.POSITIVE, Base.PRESENT, VoterScope.ALL, WEIGHT, AT_LEAST, Ratio.TWO_THIRDS)),
            Abstentions.NOT_VOTES_CAST, UnreasonedNegatives.COUNTED, Position.ISO_POSITIONS);

    private static final Criterion IETF_ONE_YES = Criterion.atLeast(Position.YES, 1);

    /**
     * IETF IESG, standards track: at least one Yes, no Discuss, and Yes + No Objection at least 2/3 of the active
     * members not recused (members who stated no position count in the base).
     */
    public static final Rule IETF = new Rule("IETF IESG (standards track)", WeightingScheme.oneMemberOneVote(),
            List.of(IETF_ONE_YES, Criterion.noBlockingPosition(),
                    Criterion.share("Yes + No Objection at least two thirds of the active members not recused",
                            Kind.DECISION, "Yes + No Objection", Counted.POSITIVE, Base.ELIGIBLE, VoterScope.ALL,
                            COUNT, AT_LEAST, Ratio.TWO_THIRDS)),
            Abstentions.NOT_VOTES_CAST, UnreasonedNegatives.COUNTED, Position.IETF_POSITIONS);

    /** IETF IESG, other documents: at least one Yes and no Discuss (the 2/3 applies to the standards track only). */
    public static final Rule IETF_NON_STANDARDS_TRACK = new Rule("IETF IESG (non-standards track)",
            WeightingScheme.oneMemberOneVote(), List.of(IETF_ONE_YES, Criterion.noBlockingPosition()),
            Abstentions.NOT_VOTES_CAST, UnreasonedNegatives.COUNTED, Position.IETF_POSITIONS);

    public static List<Rule> presets() {
        return List.of(ISO_DIS, ISO_FDIS, ISO_CD, ISO_NP, CEN, CENELEC, FSC, IETF, IETF_NON_STANDARDS_TRACK);
    }

    public Rule withName(String newName) {
        return new Rule(newName, weighting, criteria, abstentions, unreasonedNegatives, positions);
    }

    public Rule withWeighting(WeightingScheme newWeighting) {
        return new Rule(name, newWeighting, criteria, abstentions, unreasonedNegatives, positions);
    }

    public Rule withAbstentions(Abstentions newAbstentions) {
        return new Rule(name, weighting, criteria, newAbstentions, unreasonedNegatives, positions);
    }

    /** This rule with an extra criterion, e.g. a participation quota. */
    public Rule and(Criterion criterion) {
        List<Criterion> all = new ArrayList<>(criteria);
        all.add(Objects.requireNonNull(criterion, "criterion"));
        return new Rule(name, weighting, all, abstentions, unreasonedNegatives, positions);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Builds a custom rule. Defaults: one member one vote, abstentions not votes cast, all negatives counted. */
    public static final class Builder {
        private final String name;
        private WeightingScheme weighting = WeightingScheme.oneMemberOneVote();
        private final List<Criterion> criteria = new ArrayList<>();
        private Abstentions abstentions = Abstentions.NOT_VOTES_CAST;
        private UnreasonedNegatives unreasonedNegatives = UnreasonedNegatives.COUNTED;
        private Set<Position> positions = Position.ISO_POSITIONS;

        private Builder(String name) {
            this.name = name;
        }

        public Builder weighting(WeightingScheme w) {
            this.weighting = w;
            return this;
        }

        public Builder criterion(Criterion c) {
            criteria.add(Objects.requireNonNull(c, "criterion"));
            return this;
        }

        public Builder abstentions(Abstentions a) {
            this.abstentions = a;
            return this;
        }

        public Builder unreasonedNegatives(UnreasonedNegatives u) {
            this.unreasonedNegatives = u;
            return this;
        }

        public Builder positions(Set<Position> p) {
            this.positions = p;
            return this;
        }

        public Rule build() {
            return new Rule(name, weighting, criteria, abstentions, unreasonedNegatives, positions);
        }
    }
}
