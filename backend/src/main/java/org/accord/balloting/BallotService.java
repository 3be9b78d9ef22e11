package org.accord.balloting;

import org.accord.shared.Problem;
import org.accord.shared.NotAllowedException;
import org.accord.shared.audit.AuditEntry;
import org.accord.shared.audit.AuditKind;
import org.accord.shared.audit.AuditTrail;
import org.accord.balloting.internal.*;
import org.accord.balloting.ledger.*;
import org.accord.balloting.tally.*;
import org.accord.balloting.verify.TallyFromExport;
import org.accord.commenting.CommentingService;
import org.accord.drafting.VersionService;
import org.accord.identity.AccordUser;
import org.accord.identity.IdentityService;
import org.accord.membership.Constituencies;
import org.accord.membership.ParticipationDirectory;
import org.accord.membership.participation.ParticipationReport;
import org.accord.membership.SeatService;
import org.accord.membership.SeatedMember;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.accord.shared.security.WorkingGroupAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.*;
import java.util.stream.Collectors;

/**
 * Ballot rounds: opened by the secretariat with a voter list snapshotted from the seated members, votes appended to a
 * hash-chained log under a row lock (so a vote racing the close is either in or refused), tallied at the close by the
 * same code the public verifier runs on the export.
 */
@Service
@Transactional(readOnly = true)
public class BallotService {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> DEFAULT_CHAMBERS = Map.of(
            "INDUSTRY", "economic", "SME", "economic", "CIVIL_SOCIETY", "social", "INDIGENOUS_PEOPLES", "social");

    private final Ballots ballots;
    private final BallotVoters voters;
    private final BallotEntries entries;
    private final SeatService seats;
    private final CommentingService commenting;
    private final VersionService versions;
    private final org.accord.drafting.DraftingService drafting;
    private final IdentityService identity;
    private final WorkingGroupAccess access;
    private final Constituencies constituencies;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final ParticipationDirectory participation;

    private final AuditTrail audit;

    BallotService(Ballots ballots, BallotVoters voters, BallotEntries entries, SeatService seats,
                  CommentingService commenting, VersionService versions,
                  org.accord.drafting.DraftingService drafting, IdentityService identity,
                  WorkingGroupAccess access, Constituencies constituencies, Optional<Clock> clock,
                  org.springframework.context.ApplicationEventPublisher events, ParticipationDirectory participation, AuditTrail audit) {
        this.audit = audit;
        this.participation = participation;
        this.events = events;
        this.ballots = ballots;
        this.voters = voters;
        this.entries = entries;
        this.seats = seats;
        this.commenting = commenting;
        this.versions = versions;
        this.drafting = drafting;
        this.identity = identity;
        this.access = access;
        this.constituencies = constituencies;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // ------------------------------------------------------------------ opening

    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public BallotSummary open(NewBallot n) {
        if (n == null || n.workingGroupId() == null) {
            throw new InvalidInputException("balloting.open.group-required");
        }
        List<Object> errors = new ArrayList<>();
        if (n.title() == null || n.title().isBlank()) {
            errors.add(Problem.of("balloting.open.title-required"));
        }
        boolean onDraft = n.draftId() != null;
        if (onDraft) {
            if (n.versionLabel() == null || versions.versions(n.draftId()).stream()
                    .noneMatch(v -> v.label().equals(n.versionLabel()))) {
                errors.add(Problem.of("balloting.open.version-unknown", n.versionLabel()));
            }
        } else if (n.motion() == null || n.motion().isBlank()) {
            errors.add(Problem.of("balloting.open.subject-required"));
        }
        Instant now = clock.instant();
        Instant opens = n.opensAt() == null ? now : n.opensAt();
        if (n.closesAt() == null || !n.closesAt().isAfter(opens)) {
            errors.add(Problem.of("balloting.open.close-before-open"));
        }
        RuleSpec spec = null;
        try {
            spec = new RuleSpec(n.preset(), n.weighting(), n.participationQuotas(), n.custom());
            spec.toRule();
        } catch (IllegalArgumentException e) {
            errors.add(e.getMessage());
        }
        if (n.participationQuotas() != null) {
            for (String c : n.participationQuotas().keySet()) {
                try {
                    if (constituencies.requireQuotaAttribute(c).equals(Constituencies.EACH_COUNTRY)) {
                        errors.add(Problem.of("balloting.open.quota-each-country"));
                    }
                } catch (InvalidInputException e) {
                    errors.add(Problem.of("balloting.open.quota", e.problem()));
                }
            }
        }
        if (n.weights() != null) {
            n.weights().forEach((user, w) -> {
                if (w == null || w.signum() < 0) {
                    errors.add(Problem.of("balloting.open.weight-negative", user, String.valueOf(w)));
                }
            });
        }
        List<SeatedMember> seated = seats.seatedMembers(n.workingGroupId());
        if (seated.isEmpty()) {
            errors.add(Problem.of("balloting.open.no-seated"));
        }
        if (spec != null && spec.effectiveWeighting() == RuleSpec.Weighting.PER_MEMBER && n.weights() != null
                && seated.stream().map(m -> n.weights().getOrDefault(m.userId(), BigDecimal.ONE))
                .allMatch(w -> w.signum() == 0)) {
            errors.add(Problem.of("balloting.open.weights-zero"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(Problem.oneOrSummary(errors, Problem.of("balloting.open.problems", errors.size())), errors);
        }
        byte[] secret = VoterTokens.newBallotSecret();
        Ballot b = ballots.save(new Ballot((int) ballots.nextNumber(), n.workingGroupId(), n.draftId(),
                onDraft ? n.versionLabel() : null, onDraft ? null : n.motion().strip(), n.title().strip(),
                spec.preset().name(), spec.weighting().name(), spec.participationQuotas().entrySet().stream()
                        .map(q -> q.getKey() + "=" + q.getValue()).collect(Collectors.joining(",")),
                spec.custom().entrySet().stream().map(q -> q.getKey() + "=" + q.getValue())
                        .collect(Collectors.joining(",")),
                Boolean.TRUE.equals(n.secret()), secret, opens,
                n.closesAt(), IdentityService.actorId(), now));
        Map<String, String> chambers = new HashMap<>(DEFAULT_CHAMBERS);
        if (n.chambers() != null) {
            chambers.putAll(n.chambers());
        }
        for (SeatedMember m : seated) {
            String group = m.attributes().stream().filter(a -> a.startsWith("group:")).map(a -> a.substring(6))
                    .sorted().findFirst().orElse("");
            boolean south = m.attributes().contains(Constituencies.GLOBAL_MAJORITY);
            BigDecimal weight = n.weights() == null ? BigDecimal.ONE : n.weights().getOrDefault(m.userId(), BigDecimal.ONE);
            voters.save(new BallotVoter(b.getId(), m.userId(),
                    VoterTokens.token(b.isSecret(), secret, b.getId().toString(), m.userId().toString()), weight,
                    chambers.getOrDefault(group, "environmental"), south ? "south" : "north",
                    m.organisationId() == null ? "INDIVIDUAL" : "ORGANISATION", true,
                    new ArrayList<>(new TreeSet<>(m.attributes()))));
        }
        audit.record(AuditEntry.of(AuditKind.BALLOT_OPENED, "ballot", b.getId(), ballotLabel(b)).in(b.getWorkingGroupId(), b.getDraftId())
                .after("version", b.getVersionLabel(), "preset", spec.preset(), "weighting", spec.weighting(), "secret", b.isSecret(),
                        "opensAt", opens, "closesAt", n.closesAt(), "voters", seated.size()));
        events.publishEvent(new BallotOpened(b.getId(), b.getNumber(), b.getWorkingGroupId(), b.getDraftId(), b.getTitle(),
                b.getOpensAt(), b.getClosesAt()));
        return summary(b);
    }

    // ------------------------------------------------------------------ voting

    /** Casts (or changes) the caller's vote; the last vote before the close counts. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public VoteReceipt cast(UUID ballotId, CastVote vote) {
        if (vote == null || vote.position() == null) {
            throw new InvalidInputException("balloting.vote.position-required");
        }
        UUID me = currentUser();
        Ballot b = ballots.lock(ballotId).orElseThrow(() -> new NotFoundException("Ballot", ballotId));
        java.util.Optional<BallotVoter> onRoll = voters.findById(new BallotVoter.Key(ballotId, me));
        if (onRoll.isEmpty()) {
            access.requireRead(b.getWorkingGroupId()); // an outsider learns nothing about the round, not even its number
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!b.getStatus().equals("OPEN") || !now.isBefore(b.getClosesAt())) {
            throw new InvalidInputException("balloting.vote.closed", b.getNumber(), b.getClosesAt());
        }
        if (now.isBefore(b.getOpensAt())) {
            throw new InvalidInputException("balloting.vote.not-open", b.getNumber(), b.getOpensAt());
        }
        BallotVoter voter = onRoll
                .orElseThrow(() -> new InvalidInputException("balloting.vote.not-on-roll", b.getNumber()));
        RuleSpec spec = spec(b);
        Set<Position> allowed = spec.toRule().positions();
        if (!allowed.contains(vote.position())) {
            throw new InvalidInputException("balloting.vote.position-not-allowed", String.valueOf(spec.preset()), String.valueOf(allowed));
        }
        String key = vote.idempotencyKey() == null || vote.idempotencyKey().isBlank() ? null : vote.idempotencyKey().strip();
        if (key != null) {
            if (key.length() > 100) {
                throw new InvalidInputException("balloting.vote.key-too-long");
            }
            Optional<BallotEntry> seen = entries.findByBallotIdAndIdempotencyKey(ballotId, key);
            if (seen.isPresent()) {
                throw new InvalidInputException("balloting.vote.already-recorded", String.valueOf(seen.get().getPosition()));
            }
        }
        List<String> refs = new ArrayList<>();
        boolean reasoned = false;
        if (vote.commentIds() != null && !vote.commentIds().isEmpty()) {
            if (b.getDraftId() == null) {
                throw new InvalidInputException("balloting.vote.motion-no-comments");
            }
            for (UUID c : vote.commentIds()) {
                if (!commenting.isTechnicalCommentBy(c, b.getDraftId(), me)) {
                    throw new InvalidInputException("balloting.vote.comment-not-yours", c);
                }
                refs.add(c.toString());
            }
            reasoned = vote.position().stance() == Position.Stance.NEGATIVE;
        }
        Optional<BallotEntry> head = entries.findTopByBallotIdOrderByPositionDesc(ballotId);
        String previous = head.map(BallotEntry::getHash).orElse(LedgerHashing.genesisHash(ballotId.toString()));
        long position = head.map(BallotEntry::getPosition).orElse(0L) + 1;
        LedgerEntry e = LedgerEntry.create(position, ballotId.toString(), voter.getToken(), vote.position().name(),
                reasoned, refs, now, previous);
        entries.save(new BallotEntry(ballotId, position, e.voterToken(), e.choice(), e.reasoned(),
                String.join(",", refs), e.castAt(), e.previousHash(), e.hash(), key));
        events.publishEvent(new BallotChanged(ballotId, b.getWorkingGroupId(), b.getStatus()));
        // a secret ballot's row names the voter and the time, never the position, comments or log place
        audit.record(AuditEntry.of(AuditKind.VOTE_CAST, "ballot", ballotId, ballotLabel(b)).in(b.getWorkingGroupId(), b.getDraftId())
                .after(b.isSecret() ? new Object[] {"secret", true}
                        : new Object[] {"secret", false, "logPosition", position, "position", e.choice(), "reasoned", reasoned,
                        "comments", String.join(",", refs)}));
        return new VoteReceipt(ballotId, position, e.hash(), previous, now, e.choice(), reasoned);
    }

    /** The caller's receipts in this ballot, oldest first (the last one counts). */
    @PreAuthorize("isAuthenticated()")
    public List<VoteReceipt> myReceipts(UUID ballotId) {
        UUID me = currentUser();
        return voters.findById(new BallotVoter.Key(ballotId, me)).map(v ->
                entries.findByBallotIdAndVoterTokenOrderByPosition(ballotId, v.getToken()).stream()
                        .map(e -> new VoteReceipt(ballotId, e.getPosition(), e.getHash(), e.getPreviousHash(),
                                e.getCastAt(), e.getChoice(), e.isReasoned())).toList()).orElse(List.of());
    }

    /** Is this receipt's entry in the log, unchanged? Anyone may check. */
    @PreAuthorize("isAuthenticated()")
    public boolean checkReceipt(UUID ballotId, long position, String entryHash) {
        List<LedgerEntry> log = ledger(ballotId);
        if (position < 1 || position > log.size()) {
            return false;
        }
        LedgerEntry e = log.get((int) position - 1);
        return Ledger.verifyReceipt(new Receipt(ballotId.toString(), position, entryHash, e.previousHash()), log);
    }

    // ------------------------------------------------------------------ closing

    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public BallotResult close(UUID ballotId) {
        Ballot b = ballots.lock(ballotId).orElseThrow(() -> new NotFoundException("Ballot", ballotId));
        if (!b.getStatus().equals("OPEN")) {
            throw new InvalidInputException("balloting.already-closed", b.getNumber());
        }
        List<LedgerEntry> log = ledger(ballotId);
        Verification v = ChainVerifier.verify(ballotId.toString(), log);
        if (!v.ok()) {
            throw new IllegalStateException("The vote log of ballot " + b.getNumber() + " does not verify: "
                    + v.firstProblem());
        }
        Map<String, Object> tally = new TallyFromExport().recompute(export(b, log, Map.of()));
        Instant now = clock.instant();
        b.close(IdentityService.actorId(), now.isBefore(b.getClosesAt()) ? now : b.getClosesAt(), JSON.writeValueAsString(tally),
                ChainVerifier.headHash(ballotId.toString(), log));
        audit.record(AuditEntry.of(AuditKind.BALLOT_CLOSED, "ballot", ballotId, ballotLabel(b)).in(b.getWorkingGroupId(), b.getDraftId())
                .before("status", "OPEN").after("status", b.getStatus(), "outcome", tally.get("outcome"), "votes", log.size(),
                        "headHash", b.getHeadHash()));
        events.publishEvent(new BallotChanged(ballotId, b.getWorkingGroupId(), b.getStatus()));
        events.publishEvent(new BallotClosed(ballotId, b.getNumber(), b.getWorkingGroupId(), b.getTitle(),
                String.valueOf(tally.get("outcome"))));
        return result(ballotId);
    }

    /** Closes every open round whose closing time has passed; run by {@link BallotScheduler} as the system. */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public List<Integer> closeDue() {
        List<Integer> closed = new ArrayList<>();
        for (Ballot b : ballots.findByStatusAndClosesAtBefore("OPEN", clock.instant())) {
            Ballot locked = ballots.lock(b.getId()).orElseThrow();
            // someone may have closed it meanwhile
            if (locked.getStatus().equals("OPEN")) {
                close(b.getId());
                closed.add(b.getNumber());
            }
        }
        return closed;
    }

    /** Extends the close of an open round, or reopens a round that closed without a valid result. */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public BallotSummary extend(UUID ballotId, Instant newClose) {
        Ballot b = ballots.lock(ballotId).orElseThrow(() -> new NotFoundException("Ballot", ballotId));
        if (newClose == null || !newClose.isAfter(b.getClosesAt()) || !newClose.isAfter(clock.instant())) {
            throw new InvalidInputException("balloting.extend.close-invalid");
        }
        if (b.getStatus().equals("CLOSED")) {
            String outcome = String.valueOf(readTally(b).get("outcome"));
            if (!outcome.equals("NOT_VALID")) {
                throw new InvalidInputException("balloting.extend.valid-result", b.getNumber(), Problem.of("balloting.outcome." + outcome.toLowerCase(Locale.ROOT)));
            }
        }
        AuditEntry was = AuditEntry.of(AuditKind.BALLOT_EXTENDED, "ballot", ballotId, ballotLabel(b))
                .in(b.getWorkingGroupId(), b.getDraftId()).before("status", b.getStatus(), "closesAt", b.getClosesAt());
        b.extend(newClose);
        audit.record(was.after("status", b.getStatus(), "closesAt", newClose));
        events.publishEvent(new BallotChanged(ballotId, b.getWorkingGroupId(), b.getStatus()));
        events.publishEvent(new BallotDeadlineChanged(ballotId, b.getNumber(), b.getWorkingGroupId(), b.getTitle(), newClose));
        return summary(b);
    }

    /**
     * Feeds a closed round's result to its draft: approved → the stage's "approved to proceed" (.99); not approved →
     * "back to an earlier stage" (.92) with the negative votes' comments named in the reason. Secretariat only.
     */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public String feedDraft(UUID ballotId) {
        Ballot b = readable(ballotId);
        if (b.getDraftId() == null) {
            throw new InvalidInputException("balloting.on-motion", b.getNumber());
        }
        if (!b.getStatus().equals("CLOSED")) {
            throw new InvalidInputException("balloting.still-open", b.getNumber());
        }
        String outcome = String.valueOf(readTally(b).get("outcome"));
        int stage = switch (RuleSpec.Preset.valueOf(b.getRulePreset())) {
            case ISO_NP -> 10;
            case ISO_CD -> 30;
            case ISO_FDIS -> 50;
            default -> 40;
        };
        String reason;
        String code;
        if (outcome.equals("PASSED")) {
            code = stage + ".99";
            reason = "Ballot " + b.getNumber() + " (" + b.getTitle() + ") approved";
        } else if (outcome.equals("FAILED")) {
            code = stage + ".92";
            List<String> comments = new ArrayList<>();
            for (BallotResult.NegativeRow n : result(ballotId).negativeVotes()) {
                for (String c : n.comments()) {
                    comments.add(commenting.detail(UUID.fromString(c)).comment().commentId());
                }
            }
            reason = "Ballot " + b.getNumber() + " (" + b.getTitle() + ") not approved"
                    + (comments.isEmpty() ? "" : "; comments with the negative votes: " + String.join(", ", comments));
        } else {
            throw new InvalidInputException("balloting.no-valid-result", b.getNumber());
        }
        drafting.changeStage(b.getDraftId(), code, reason);
        return code;
    }

    // ------------------------------------------------------------------ reading

    private static String ballotLabel(Ballot b) {
        return "Ballot " + b.getNumber() + " " + b.getTitle();
    }

    @PreAuthorize("isAuthenticated()")
    public List<BallotSummary> ballots(UUID workingGroupId) {
        access.requireRead(workingGroupId);
        return ballots.findByWorkingGroupIdOrderByNumberDesc(workingGroupId).stream().map(this::summary).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public BallotSummary ballot(UUID ballotId) {
        Ballot b = readable(ballotId);
        return summary(b);
    }

    /** The result of a closed round; an open round has none yet (no running totals, as in ISO balloting). */
    @PreAuthorize("isAuthenticated()")
    public BallotResult result(UUID ballotId) {
        Ballot b = readable(ballotId);
        if (!b.getStatus().equals("CLOSED")) {
            throw new InvalidInputException("balloting.result.not-yet", b.getNumber(), b.getClosesAt());
        }
        RuleSpec spec = spec(b);
        List<BallotVoter> vs = voters.findByBallotIdOrderByToken(ballotId);
        List<LedgerEntry> log = ledger(ballotId);
        TallyResult r = Tally.compute(spec.toRule(), tallyVoters(vs), TallyFromExport.votes(log));
        Map<String, UUID> userOfToken = vs.stream().collect(Collectors.toMap(BallotVoter::getToken, BallotVoter::getUserId));
        Map<UUID, String> names = identity.displayNames(vs.stream().map(BallotVoter::getUserId).toList());
        Map<String, List<String>> refs = new HashMap<>();
        for (LedgerEntry e : LastVoteCounts.resolve(log).values()) {
            refs.put(e.voterToken(), e.commentRefs());
        }
        List<BallotResult.NegativeRow> negatives = r.negativeVotes().stream()
                .map(n -> new BallotResult.NegativeRow(b.isSecret() ? null : names.get(userOfToken.get(n.voterId())),
                        n.reasoned(), n.counted(), b.isSecret() ? List.of() : refs.getOrDefault(n.voterId(), List.of())))
                .toList();
        List<BallotResult.PowerRow> power = new ArrayList<>();
        if (spec.effectiveWeighting() == RuleSpec.Weighting.PER_MEMBER && vs.size() <= 60) {
            Ratio share = switch (spec.preset()) {
                case CENELEC -> Ratio.of(71, 100);
                case CEN -> Ratio.of(65, 100);
                default -> Ratio.TWO_THIRDS;
            };
            List<Voter> byName = vs.stream().map(v -> Voter.weighted(
                    names.getOrDefault(v.getUserId(), v.getUserId().toString()) + " (" + v.getUserId().toString().substring(0, 4) + ")",
                    v.getWeight())).toList();
            try {
                BanzhafPower.Result p = BanzhafPower.forShare(byName, share);
                for (BanzhafPower.Power m : p.members()) {
                    power.add(new BallotResult.PowerRow(m.member(), Long.toString(m.weight()),
                            m.normalised().toBigDecimal(6).doubleValue(), m.zeroPowerDespiteWeight()));
                }
            } catch (IllegalArgumentException e) {
                // non-integer weights: no power index
            }
        }
        return new BallotResult(summary(b), r.outcome().name(),
                r.criteria().stream().map(c -> new BallotResult.CriterionRow(c.name(), c.passed(), c.text())).toList(),
                counts(r.overall()),
                r.chambers().stream().map(c -> new BallotResult.ChamberRow(c.chamber(), counts(c.totals()))).toList(),
                r.constituencies().stream().map(c -> new BallotResult.ConstituencyRow(c.constituency(),
                        constituencies.label(c.constituency()), c.members(), c.votesCast())).toList(),
                negatives, power, r.notes(), b.getHeadHash());
    }

    /**
     * Who was on the roll and who voted (an abstention is a vote), by constituency, region and Global Majority, with
     * the constituencies nobody voted for. For the secretariat and the group's convenors, while the round is open (to
     * chase the missing) and after. A secret round's report gives counts only, never who voted.
     */
    @PreAuthorize("isAuthenticated()")
    public ParticipationReport participation(UUID ballotId) {
        Ballot b = readable(ballotId);
        if (!access.isStaff() && !access.hasAnyRole(b.getWorkingGroupId(),
                org.accord.shared.security.WorkingGroupRole.CONVENOR, org.accord.shared.security.WorkingGroupRole.CO_CONVENOR)) {
            throw new NotAllowedException("shared.participation-not-allowed");
        }
        List<BallotVoter> vs = voters.findByBallotIdOrderByToken(ballotId);
        Set<String> voted = LastVoteCounts.resolve(ledger(ballotId)).keySet();
        Map<UUID, List<String>> roll = new LinkedHashMap<>();
        Set<UUID> took = new HashSet<>();
        for (BallotVoter v : vs) {
            roll.put(v.getUserId(), v.getConstituencies());
            if (voted.contains(v.getToken())) {
                took.add(v.getUserId());
            }
        }
        return participation.report(ParticipationReport.BALLOT, b.getId(), "Ballot " + b.getNumber() + ": " + b.getTitle(),
                participation.fromAttributes(b.getWorkingGroupId(), roll), took, !b.isSecret());
    }

    /** Everything the verifier needs, published after the close: rule, voters as tokens, the log, the tally. */
    @PreAuthorize("isAuthenticated()")
    public String export(UUID ballotId) {
        Ballot b = readable(ballotId);
        if (!b.getStatus().equals("CLOSED")) {
            throw new InvalidInputException("balloting.log.not-yet", b.getNumber());
        }
        return BallotExportIo.toJson(export(b, ledger(ballotId), readTally(b)));
    }

    // ------------------------------------------------------------------ internals

    private BallotExport export(Ballot b, List<LedgerEntry> log, Map<String, Object> tally) {
        List<BallotExport.Voter> vs = voters.findByBallotIdOrderByToken(b.getId()).stream()
                .map(v -> new BallotExport.Voter(v.getToken(), v.getWeight(), v.getChamber(), v.getSubChamber(),
                        v.getKind(), v.isPMember(), v.getConstituencies())).toList();
        RuleSpec spec = spec(b);
        return new BallotExport(new BallotExport.Ballot(b.getId().toString(), b.getTitle(), spec.preset().name(),
                spec.toParameters(), b.isSecret(), b.getOpensAt(), b.getClosesAt()), vs, log, tally);
    }

    private Map<String, Object> readTally(Ballot b) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = JSON.readValue(b.getResult(), Map.class);
        return m;
    }

    private static List<Voter> tallyVoters(List<BallotVoter> vs) {
        return vs.stream().map(v -> new Voter(v.getToken(), v.getWeight(), v.getChamber(), v.getSubChamber(),
                MemberKind.valueOf(v.getKind()), v.isPMember(), new TreeSet<>(v.getConstituencies()))).toList();
    }

    private List<LedgerEntry> ledger(UUID ballotId) {
        return entries.findByBallotIdOrderByPosition(ballotId).stream()
                .map(e -> new LedgerEntry(e.getPosition(), ballotId.toString(), e.getVoterToken(), e.getChoice(),
                        e.isReasoned(), e.getCommentRefs().isBlank() ? List.of() : List.of(e.getCommentRefs().split(",")),
                        e.getCastAt(), e.getPreviousHash(), e.getHash()))
                .toList();
    }

    private static RuleSpec spec(Ballot b) {
        Map<String, Integer> quotas = new TreeMap<>();
        for (String q : b.getParticipation().split(",")) {
            if (!q.isBlank()) {
                quotas.put(q.substring(0, q.lastIndexOf('=')), Integer.parseInt(q.substring(q.lastIndexOf('=') + 1)));
            }
        }
        Map<String, String> custom = new TreeMap<>();
        for (String q : b.getCustomRule().split(",")) {
            if (!q.isBlank()) {
                custom.put(q.substring(0, q.indexOf('=')), q.substring(q.indexOf('=') + 1));
            }
        }
        return new RuleSpec(RuleSpec.Preset.valueOf(b.getRulePreset()), RuleSpec.Weighting.valueOf(b.getWeighting()),
                quotas, custom);
    }

    /** The voters of a round (system work such as notifications); with {@code onlyWithoutVote}, those who did not vote yet. */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    public List<UUID> voterIds(UUID ballotId, boolean onlyWithoutVote) {
        List<BallotVoter> vs = voters.findByBallotIdOrderByToken(ballotId);
        Set<String> voted = onlyWithoutVote ? LastVoteCounts.resolve(ledger(ballotId)).keySet() : Set.of();
        return vs.stream().filter(v -> !voted.contains(v.getToken())).map(BallotVoter::getUserId).toList();
    }

    private Ballot readable(UUID ballotId) {
        Ballot b = ballots.findById(ballotId).orElseThrow(() -> new NotFoundException("Ballot", ballotId));
        access.requireRead(b.getWorkingGroupId());
        return b;
    }

    private BallotSummary summary(Ballot b) {
        List<BallotVoter> vs = voters.findByBallotIdOrderByToken(b.getId());
        List<LedgerEntry> log = ledger(b.getId());
        Map<String, LedgerEntry> effective = LastVoteCounts.resolve(log);
        UUID me = IdentityService.currentUser().map(AccordUser::userId).orElse(null);
        Optional<BallotVoter> mine = vs.stream().filter(v -> v.getUserId().equals(me)).findFirst();
        String myPosition = mine.map(v -> effective.get(v.getToken())).map(LedgerEntry::choice).orElse(null);
        String outcome = b.getResult() == null ? null : String.valueOf(readTally(b).get("outcome"));
        return new BallotSummary(b.getId(), b.getNumber(), b.getWorkingGroupId(), b.getDraftId(), b.getVersionLabel(),
                b.getMotion(), b.getTitle(), b.getRulePreset(), b.getWeighting(), b.isSecret(), b.getOpensAt(),
                b.getClosesAt(), b.getStatus(), vs.size(), effective.size(), mine.isPresent(), myPosition, outcome);
    }

    private static BallotResult.Counts counts(Totals t) {
        return new BallotResult.Counts(t.positive().count(), t.negative().count(), t.negativeNotCounted().count(),
                t.abstain().count(), t.absent().count(), exact(t.positive().weight()), exact(t.negative().weight()),
                exact(t.abstain().weight()));
    }

    private static String exact(Ratio r) {
        return r.toDecimalString(4);
    }

    private static UUID currentUser() {
        return IdentityService.currentUser().map(AccordUser::userId)
                .orElseThrow(() -> new NotAllowedException("shared.not-signed-in"));
    }
}
