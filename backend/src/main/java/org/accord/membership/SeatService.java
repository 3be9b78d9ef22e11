package org.accord.membership;

import org.accord.shared.Problem;
import org.accord.shared.NotAllowedException;
import org.accord.shared.audit.AuditEntry;
import org.accord.shared.audit.AuditKind;
import org.accord.shared.audit.AuditTrail;
import org.accord.identity.AccordUser;
import org.accord.identity.IdentityService;
import org.accord.membership.internal.*;
import org.accord.membership.seats.*;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.accord.shared.security.SystemActor;
import org.accord.shared.security.WorkingGroupRole;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.*;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Seat plans, applications, allocations and the roster of seated members: the module's seat API. The rules live in
 * the {@link org.accord.membership.seats} engine; this service validates input, keeps proposals apart from confirmed
 * rosters, and turns engine results into explanations people can read.
 */
@Service
@Transactional(readOnly = true)
public class SeatService {

    static final String STAFF = "hasAnyRole('ADMIN','SECRETARIAT')";
    static final String STAFF_OR_CONVENOR = "hasAnyRole('ADMIN','SECRETARIAT') or @wgAccess.hasAnyRole(#workingGroupId, "
            + "T(org.accord.shared.security.WorkingGroupRole).CONVENOR)";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_STATEMENT = 5000;

    private final StoredSeatPlans plans;
    private final SeatApplications applications;
    private final SeatAllocations allocations;
    private final SeatHolders holders;
    private final WorkingGroups workingGroups;
    private final Organisations organisations;
    private final Memberships memberships;
    private final IdentityService identity;
    private final Constituencies constituencies;
    private final org.springframework.context.ApplicationEventPublisher events;

    private final AuditTrail audit;

    SeatService(StoredSeatPlans plans, SeatApplications applications, SeatAllocations allocations, SeatHolders holders,
                WorkingGroups workingGroups, Organisations organisations, Memberships memberships,
                IdentityService identity, Constituencies constituencies, AuditTrail audit,
                org.springframework.context.ApplicationEventPublisher events) {
        this.audit = audit;
        this.events = events;
        this.plans = plans;
        this.applications = applications;
        this.allocations = allocations;
        this.holders = holders;
        this.workingGroups = workingGroups;
        this.organisations = organisations;
        this.memberships = memberships;
        this.identity = identity;
        this.constituencies = constituencies;
    }

    // ---------------------------------------------------------------- seat plan

    @PreAuthorize("isAuthenticated()")
    public Optional<SeatPlanSpec> seatPlan(UUID workingGroupId) {
        workingGroup(workingGroupId);
        return plans.findById(workingGroupId).map(this::spec);
    }

    /** Validates and stores the plan whole; a stale {@code version} is refused so nobody overwrites a colleague. */
    @PreAuthorize(STAFF)
    @Transactional
    public SeatPlanSpec saveSeatPlan(UUID workingGroupId, SeatPlanSpec spec) {
        WorkingGroup wg = workingGroup(workingGroupId);
        EnginePlan engine = enginePlan(spec);
        StoredSeatPlan stored = plans.findById(workingGroupId).orElse(null);
        if (stored != null && spec.version() != null && spec.version() != stored.getVersion()) {
            throw new InvalidInputException("membership.seat-plan.changed");
        }
        AuditEntry was = AuditEntry.of(AuditKind.SEAT_PLAN_SAVED, "seat-plan", workingGroupId, groupLabel(wg)).in(workingGroupId, null)
                .before(stored == null ? new Object[0] : planState(spec(stored)));
        if (stored == null) {
            stored = new StoredSeatPlan(workingGroupId);
        }
        stored.setSeats(spec.seats());
        stored.setCountingRule(spec.countingRule().name());
        stored.setTermMonths(spec.termMonths());
        stored.setTermLimit(spec.termLimit());
        stored.setApplicationsOpen(Boolean.TRUE.equals(spec.applicationsOpen()));
        stored.setTwinningRequired(Boolean.TRUE.equals(spec.twinningRequired()));
        Instant now = Instant.now();
        if (!Objects.equals(spec.lotterySeed(), stored.getLotterySeed())) {
            stored.publishSeed(spec.lotterySeed(), now);
        }
        stored.getQuotas().clear();
        for (QuotaSpec q : engine.quotas()) {
            stored.getQuotas().add(new QuotaRow(q.attribute(), q.min(), q.max(), decimal(q.minPercent()),
                    decimal(q.maxPercent())));
        }
        stored.touched(IdentityService.actorId(), now);
        SeatPlanSpec saved = spec(plans.saveAndFlush(stored));
        audit.record(was.after(planState(saved)));
        return saved;
    }

    /** Live check for the plan editor: can the current applicants meet this (unsaved) plan? Nothing is stored. */
    @PreAuthorize(STAFF_OR_CONVENOR)
    public FeasibilityReport checkPlan(UUID workingGroupId, SeatPlanSpec spec) {
        workingGroup(workingGroupId);
        EnginePlan engine = enginePlan(spec);
        Pool pool = pool(workingGroupId, spec.termLimit(), true);
        Result result = new MeritAllocator().allocate(engine.plan(), pool.applicants(false));
        if (result instanceof Infeasible inf) {
            return new FeasibilityReport(false, pool.size(), inf.conflicts(),
                    inf.smallestRelaxation().stream().map(Relaxation::toString).toList(), List.of());
        }
        Allocation a = (Allocation) result;
        return new FeasibilityReport(true, pool.size(), List.of(), List.of(), compliance(a.compliance()));
    }

    /** The attribute codes a quota may name, with their labels, for editors and API clients. */
    @PreAuthorize("isAuthenticated()")
    public Map<String, String> quotaAttributes() {
        Map<String, String> out = new LinkedHashMap<>();
        constituencies.quotaAttributeChoices().forEach(a -> out.put(a, a.equals(Constituencies.EACH_COUNTRY)
                ? "Each country (maximum only)" : constituencies.label(a)));
        return out;
    }

    // ---------------------------------------------------------------- applications

    /** The signed-in person applies (or updates their application) while applications are open. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public UUID apply(UUID workingGroupId, NewSeatApplication a) {
        workingGroup(workingGroupId);
        StoredSeatPlan plan = plans.findById(workingGroupId).orElse(null);
        if (plan == null || !plan.isApplicationsOpen()) {
            throw new InvalidInputException("membership.applications.closed");
        }
        UUID me = currentUser().userId();
        Validated v = validateApplication(a, Problem.of("membership.where.your-application"));
        SeatApplication app = applications.findByWorkingGroupIdAndUserId(workingGroupId, me).orElse(null);
        Instant now = Instant.now();
        if (app == null) {
            app = new SeatApplication(workingGroupId, me, now);
        } else if (!app.isActive()) {
            app.resubmit(now);
        }
        app.update(v.organisationId(), v.country(), v.groups(), v.statement());
        UUID id = applications.save(app).getId();
        audit.record(AuditEntry.of(AuditKind.SEAT_APPLICATION_SUBMITTED, "seat-application", id, currentUser().getUsername())
                .in(workingGroupId, null).after("country", v.country(), "groups", String.join(";", v.groups()),
                        "statement", AuditEntry.excerpt(v.statement())));
        return id;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void withdraw(UUID workingGroupId) {
        UUID me = currentUser().userId();
        SeatApplication app = applications.findByWorkingGroupIdAndUserId(workingGroupId, me)
                .filter(SeatApplication::isActive)
                .orElseThrow(() -> new InvalidInputException("membership.application.none"));
        app.withdraw(Instant.now());
        audit.record(AuditEntry.of(AuditKind.SEAT_APPLICATION_WITHDRAWN, "seat-application", app.getId(), currentUser().getUsername())
                .in(workingGroupId, null).before("active", true).after("active", false));
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<SeatApplicationView> myApplication(UUID workingGroupId) {
        UUID me = currentUser().userId();
        return applications.findByWorkingGroupIdAndUserId(workingGroupId, me).filter(SeatApplication::isActive)
                .map(app -> views(workingGroupId, List.of(app)).getFirst());
    }

    /** Active applications, ranked first (by rank), then unranked by submission time. */
    @PreAuthorize(STAFF_OR_CONVENOR)
    public List<SeatApplicationView> applications(UUID workingGroupId) {
        workingGroup(workingGroupId);
        List<SeatApplication> active = applications.findByWorkingGroupId(workingGroupId).stream()
                .filter(SeatApplication::isActive).toList();
        return views(workingGroupId, active).stream()
                .sorted(Comparator.comparing((SeatApplicationView v) -> v.rank() == null ? Integer.MAX_VALUE : v.rank())
                        .thenComparing(SeatApplicationView::submittedAt))
                .toList();
    }

    /** Sets the merit order: {@code ordered} must list every active application exactly once, best first. */
    @PreAuthorize(STAFF)
    @Transactional
    public void rank(UUID workingGroupId, List<UUID> ordered) {
        Map<UUID, SeatApplication> active = applications.findByWorkingGroupId(workingGroupId).stream()
                .filter(SeatApplication::isActive).collect(Collectors.toMap(SeatApplication::getId, Function.identity()));
        List<Problem> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (UUID id : ordered) {
            if (!seen.add(id)) {
                errors.add(Problem.of("membership.ranking.twice", id));
            } else if (!active.containsKey(id)) {
                errors.add(Problem.of("membership.ranking.not-active", id));
            }
        }
        if (seen.size() < active.size()) {
            errors.add(Problem.of("membership.ranking.missing", active.size() - seen.size()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(Problem.of("membership.ranking.not-saved"), errors);
        }
        for (int i = 0; i < ordered.size(); i++) {
            active.get(ordered.get(i)).setMeritRank(i + 1);
        }
        audit.record(AuditEntry.of(AuditKind.SEAT_APPLICATIONS_RANKED, "working-group", workingGroupId, groupLabel(workingGroup(workingGroupId)))
                .in(workingGroupId, null).after("applications", ordered.size(), "order", ordered.stream().map(UUID::toString)
                        .collect(Collectors.joining(","))));
    }

    /**
     * Imports applications with their ranking from CSV: {@code username,organisation,country,groups,rank,statement}
     * (groups separated by {@code ;}). All rows are checked first; any error stores nothing.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public int importApplications(UUID workingGroupId, String csv) {
        workingGroup(workingGroupId);
        List<List<String>> rows = parseCsv(csv);
        if (rows.isEmpty()) {
            throw new InvalidInputException("shared.file.empty");
        }
        List<String> header = rows.getFirst().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        List<String> expected = List.of("username", "organisation", "country", "groups", "rank", "statement");
        if (!header.equals(expected)) {
            throw new InvalidInputException("membership.import.header", String.join(",", expected));
        }
        List<Problem> errors = new ArrayList<>();
        Map<String, Integer> userLines = new HashMap<>();
        Map<Integer, Integer> rankLines = new HashMap<>();
        record Row(UUID userId, Validated v, int rank) {
        }
        List<Row> ok = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            int line = i + 1;
            if (r.size() == 1 && r.getFirst().isBlank()) {
                continue;
            }
            if (r.size() != expected.size()) {
                errors.add(Problem.of("membership.import.field-count", line, expected.size(), r.size()));
                continue;
            }
            String username = r.get(0).trim();
            Integer prev = userLines.put(username, line);
            if (prev != null) {
                errors.add(Problem.of("membership.import.applies-twice", line, username, prev));
                continue;
            }
            var user = identity.findByUsername(username);
            if (user.isEmpty()) {
                errors.add(Problem.of("membership.import.no-account", line, username));
                continue;
            }
            Integer rank = null;
            try {
                rank = Integer.parseInt(r.get(4).trim());
                if (rank < 1) {
                    errors.add(Problem.of("membership.import.rank-low", line, rank));
                    continue;
                }
            } catch (NumberFormatException e) {
                errors.add(Problem.of("membership.import.rank-not-number", line, r.get(4)));
                continue;
            }
            Integer rankPrev = rankLines.put(rank, line);
            if (rankPrev != null) {
                errors.add(Problem.of("membership.import.rank-twice", line, rank, rankPrev));
                continue;
            }
            UUID orgId = null;
            if (!r.get(1).isBlank()) {
                var org = organisations.findByCode(r.get(1).trim());
                if (org.isEmpty()) {
                    errors.add(Problem.of("membership.import.unknown-organisation", line, r.get(1).trim()));
                    continue;
                }
                orgId = org.get().getId();
            }
            List<String> groups = Arrays.stream(r.get(3).split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            try {
                Validated v = validateApplication(new NewSeatApplication(orgId, r.get(2), groups, r.get(5)),
                        Problem.of("membership.where.line", line));
                ok.add(new Row(user.get().id(), v, rank));
            } catch (InvalidInputException e) {
                errors.add(Problem.of("membership.import.line", line, e.problem()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(Problem.of("membership.import.refused", errors.size()), errors);
        }
        Instant now = Instant.now();
        for (Row row : ok) {
            SeatApplication app = applications.findByWorkingGroupIdAndUserId(workingGroupId, row.userId())
                    .orElseGet(() -> new SeatApplication(workingGroupId, row.userId(), now));
            if (!app.isActive()) {
                app.resubmit(now);
            }
            app.update(row.v().organisationId(), row.v().country(), row.v().groups(), row.v().statement());
            app.setMeritRank(row.rank());
            applications.save(app);
        }
        audit.record(AuditEntry.of(AuditKind.SEAT_APPLICATIONS_IMPORTED, "working-group", workingGroupId, groupLabel(workingGroup(workingGroupId)))
                .in(workingGroupId, null).after("applications", ok.size()));
        return ok.size();
    }

    // ---------------------------------------------------------------- allocation

    /**
     * Runs an allocation and stores it as a proposal (never touching the confirmed roster). An infeasible plan or
     * bad input stores nothing and says why. Any earlier open proposal is discarded.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public AllocationView allocate(UUID workingGroupId, AllocationMode mode, Long seed) {
        workingGroup(workingGroupId);
        if (mode == null) {
            throw new InvalidInputException("membership.allocation.mode-required");
        }
        StoredSeatPlan stored = plans.findById(workingGroupId)
                .orElseThrow(() -> new InvalidInputException("membership.seat-plan.none"));
        SeatPlanSpec spec = spec(stored);
        EnginePlan engine = enginePlan(spec);
        Pool pool = pool(workingGroupId, spec.termLimit(), mode != AllocationMode.REFILL);
        Long usedSeed = null;
        Map<String, Double> probabilities = Map.of();
        Result result;
        Set<String> incumbents = Set.of();
        switch (mode) {
            case MERIT -> {
                pool.requireRanked();
                result = new MeritAllocator().allocate(engine.plan(), pool.applicants(false));
            }
            case LOTTERY_LEXIMIN, LOTTERY_LEGACY -> {
                if (stored.getLotterySeed() == null) {
                    throw new InvalidInputException("membership.lottery.seed-required");
                }
                if (seed != null && !seed.equals(stored.getLotterySeed())) {
                    throw new InvalidInputException("membership.lottery.seed-mismatch", stored.getLotterySeed());
                }
                usedSeed = stored.getLotterySeed();
                Lottery lottery = new LotteryAllocator().draw(engine.plan(), pool.applicants(true), usedSeed,
                        mode == AllocationMode.LOTTERY_LEXIMIN ? LotteryMethod.LEXIMIN : LotteryMethod.LEGACY);
                result = lottery.result();
                probabilities = lottery.selectionProbability();
            }
            case REFILL -> {
                List<SeatHolder> current = holders.findByWorkingGroupIdAndLeftAtIsNullOrderBySeatNumber(workingGroupId);
                if (allocations.findByWorkingGroupIdAndStatus(workingGroupId, "CONFIRMED").isEmpty()) {
                    throw new InvalidInputException("membership.refill.no-roster");
                }
                if (current.size() >= spec.seats()) {
                    throw new InvalidInputException("membership.refill.no-vacancy");
                }
                pool.requireRanked();
                incumbents = current.stream().map(h -> h.getApplicationId().toString()).collect(Collectors.toSet());
                result = new MeritAllocator().allocate(engine.plan(), pool.withIncumbents(current));
            }
            default -> throw new IllegalStateException(mode.toString());
        }
        if (result instanceof Infeasible inf) {
            List<Object> details = new ArrayList<>(inf.conflicts());
            inf.smallestRelaxation().forEach(r -> details.add(Problem.of("membership.allocation.smallest-change", r)));
            throw new InvalidInputException(Problem.of("membership.allocation.infeasible", pool.size()), details);
        }
        Allocation allocation = (Allocation) result;
        if (mode == AllocationMode.REFILL) {
            Set<String> seated = new HashSet<>(allocation.seatedIds());
            if (!seated.containsAll(incumbents)) {
                throw new InvalidInputException("membership.refill.plan-changed");
            }
        }
        for (SeatAllocation open : allocations.findByWorkingGroupIdAndStatus(workingGroupId, "PROPOSED")) {
            open.decide("DISCARDED", IdentityService.actorId(), Instant.now());
        }
        AllocationResult stored0 = explain(allocation, pool, probabilities, incumbents, workingGroupId);
        SeatAllocation saved = allocations.save(new SeatAllocation(workingGroupId,
                allocations.lastNumber(workingGroupId) + 1, mode.name(), usedSeed, JSON.writeValueAsString(spec),
                JSON.writeValueAsString(stored0), IdentityService.actorId(), Instant.now()));
        audit.record(AuditEntry.of(AuditKind.ALLOCATION_PROPOSED, "allocation", saved.getId(), "Allocation " + saved.getNumber())
                .in(workingGroupId, null).after("mode", mode, "seed", usedSeed, "seated", allocation.seatedIds().size()));
        return view(saved);
    }

    /** Makes a proposal the roster: a full allocation replaces the sitting members, a refill adds to them. */
    @PreAuthorize(STAFF)
    @Transactional
    public Roster confirm(UUID workingGroupId, UUID allocationId) {
        SeatAllocation a = proposal(workingGroupId, allocationId);
        UUID me = IdentityService.actorId();
        Instant now = Instant.now();
        StoredSeatPlan plan = plans.findById(workingGroupId).orElseThrow();
        AllocationResult result = JSON.readValue(a.getResult(), AllocationResult.class);
        List<SeatHolder> current = holders.findByWorkingGroupIdAndLeftAtIsNullOrderBySeatNumber(workingGroupId);
        LocalDate start = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate end;
        if (a.getMode().equals(AllocationMode.REFILL.name())) {
            Set<UUID> sitting = current.stream().map(SeatHolder::getApplicationId).collect(Collectors.toSet());
            if (result.seats().stream().anyMatch(s -> sitting.contains(s.applicationId()))) {
                throw new InvalidInputException("membership.refill.roster-changed");
            }
            // a refilled seat serves the rest of the current term
            end = current.stream().map(SeatHolder::getTermEnd).filter(Objects::nonNull).max(Comparator.naturalOrder())
                    .orElse(null);
        } else {
            for (SeatHolder h : current) {
                h.leave(now, "Term ended: roster replaced by allocation " + a.getNumber());
            }
            holders.flush();
            for (SeatAllocation old : allocations.findByWorkingGroupIdAndStatus(workingGroupId, "CONFIRMED")) {
                old.decide("SUPERSEDED", me, now);
            }
            end = plan.getTermMonths() == null ? null : start.plusMonths(plan.getTermMonths());
        }
        Map<UUID, SeatApplication> apps = applications.findByWorkingGroupId(workingGroupId).stream()
                .collect(Collectors.toMap(SeatApplication::getId, Function.identity()));
        for (AllocationView.SeatView s : result.seats()) {
            SeatApplication app = apps.get(s.applicationId());
            if (app == null || !app.isActive()) {
                throw new InvalidInputException("membership.allocation.withdrawn", s.name());
            }
            holders.save(new SeatHolder(workingGroupId, a.getId(), app.getId(), app.getUserId(), s.seatNumber(),
                    s.reason(), s.countsToward() == null ? "" : s.countsToward(), start, end));
            ensureMember(workingGroupId, app);
            events.publishEvent(new MemberSeated(workingGroupId, app.getUserId(), start, end));
        }
        a.decide("CONFIRMED", me, now);
        audit.record(AuditEntry.of(AuditKind.ALLOCATION_CONFIRMED, "allocation", a.getId(), "Allocation " + a.getNumber())
                .in(workingGroupId, null).before("status", "PROPOSED").after("status", "CONFIRMED", "mode", a.getMode(),
                        "seated", result.seats().stream().map(s -> s.seatNumber() + " " + s.name()).collect(Collectors.joining("; "))));
        return roster(workingGroupId);
    }

    @PreAuthorize(STAFF)
    @Transactional
    public void discard(UUID workingGroupId, UUID allocationId) {
        SeatAllocation a = proposal(workingGroupId, allocationId);
        a.decide("DISCARDED", IdentityService.actorId(), Instant.now());
        audit.record(AuditEntry.of(AuditKind.ALLOCATION_DISCARDED, "allocation", allocationId, "Allocation " + a.getNumber())
                .in(workingGroupId, null).before("status", "PROPOSED").after("status", "DISCARDED"));
    }

    @PreAuthorize(STAFF_OR_CONVENOR)
    public List<AllocationView> allocations(UUID workingGroupId) {
        return allocations.findByWorkingGroupIdOrderByNumberDesc(workingGroupId).stream().map(this::view).toList();
    }

    @PreAuthorize(STAFF_OR_CONVENOR)
    public AllocationView allocation(UUID workingGroupId, UUID allocationId) {
        SeatAllocation a = allocations.findById(allocationId).filter(x -> x.getWorkingGroupId().equals(workingGroupId))
                .orElseThrow(() -> new NotFoundException("Allocation", allocationId));
        return view(a);
    }

    // ---------------------------------------------------------------- roster

    @PreAuthorize("isAuthenticated()")
    public Roster roster(UUID workingGroupId) {
        workingGroup(workingGroupId);
        StoredSeatPlan stored = plans.findById(workingGroupId).orElse(null);
        List<SeatHolder> current = holders.findByWorkingGroupIdAndLeftAtIsNullOrderBySeatNumber(workingGroupId);
        Map<UUID, SeatApplication> apps = applications.findByWorkingGroupId(workingGroupId).stream()
                .collect(Collectors.toMap(SeatApplication::getId, Function.identity()));
        Map<UUID, String> names = identity.displayNames(current.stream().map(SeatHolder::getUserId).toList());
        List<Roster.Holder> out = new ArrayList<>();
        List<Applicant> seated = new ArrayList<>();
        for (SeatHolder h : current) {
            SeatApplication app = apps.get(h.getApplicationId());
            Set<String> attrs = constituencies.attributes(app.getCountry(), app.getStakeholderGroups());
            seated.add(new Applicant(app.getId().toString(), h.getSeatNumber(), labels(attrs)));
            out.add(new Roster.Holder(h.getId(), h.getSeatNumber(), h.getUserId(), names.get(h.getUserId()),
                    organisationName(app.getOrganisationId()), app.getCountry(), new ArrayList<>(labels(attrs)),
                    h.getReason(), h.getCountsToward(), h.getTermStart(), h.getTermEnd()));
        }
        int seats = stored == null ? 0 : stored.getSeats();
        List<ComplianceRow> compliance = List.of();
        if (stored != null) {
            SeatPlanSpec spec = spec(stored);
            List<QuotaStatus> statuses = RosterCheck.compliance(enginePlan(spec).plan(), seated);
            compliance = compliance(statuses);
        }
        Integer confirmed = allocations.findByWorkingGroupIdAndStatus(workingGroupId, "CONFIRMED").stream()
                .map(SeatAllocation::getNumber).max(Integer::compare).orElse(null);
        return new Roster(workingGroupId, seats, out, Math.max(0, seats - out.size()), compliance,
                compliance.stream().allMatch(ComplianceRow::met), twinning(workingGroupId, stored), confirmed);
    }

    /** A member leaves their seat; the seat stays vacant until a refill is confirmed. */
    @PreAuthorize(STAFF)
    @Transactional
    public void vacate(UUID workingGroupId, UUID seatHolderId, String reason) {
        SeatHolder h = holders.findById(seatHolderId).filter(x -> x.getWorkingGroupId().equals(workingGroupId))
                .filter(SeatHolder::isCurrent)
                .orElseThrow(() -> new NotFoundException("Seat holder", seatHolderId));
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("membership.vacate.reason-required");
        }
        Instant now = Instant.now();
        h.leave(now, reason.trim());
        // someone who leaves their seat is no longer in the pool a refill draws from
        applications.findById(h.getApplicationId()).ifPresent(a -> a.withdraw(now));
        audit.record(AuditEntry.of(AuditKind.SEAT_VACATED, "seat", seatHolderId, "Seat " + h.getSeatNumber() + " "
                + identity.get(h.getUserId()).username()).in(workingGroupId, null).before("seated", true)
                .after("seated", false, "reason", reason.trim()));
    }

    /** The seated members now: later ballot rounds snapshot these as their voters. */
    @PreAuthorize("isAuthenticated()")
    public List<SeatedMember> seatedMembers(UUID workingGroupId) {
        List<SeatHolder> current = holders.findByWorkingGroupIdAndLeftAtIsNullOrderBySeatNumber(workingGroupId);
        Map<UUID, String> names = identity.displayNames(current.stream().map(SeatHolder::getUserId).toList());
        List<SeatedMember> out = new ArrayList<>();
        for (SeatHolder h : current) {
            SeatApplication app = applications.findById(h.getApplicationId()).orElseThrow();
            out.add(new SeatedMember(h.getUserId(), names.get(h.getUserId()), app.getOrganisationId(), app.getCountry(),
                    constituencies.attributes(app.getCountry(), app.getStakeholderGroups())));
        }
        return out;
    }

    /**
     * Appoints a co-convenor. When the plan requires twinning and the convenor is not from a Global Majority country,
     * the co-convenor must be.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public void appointCoConvenor(UUID workingGroupId, UUID userId, UUID organisationId) {
        WorkingGroup wg = workingGroup(workingGroupId);
        if (userId == null || organisationId == null) {
            throw new InvalidInputException("membership.co-convenor.required");
        }
        Organisation org = organisations.findById(organisationId)
                .orElseThrow(() -> new NotFoundException("Organisation", organisationId));
        StoredSeatPlan plan = plans.findById(workingGroupId).orElse(null);
        if (plan != null && plan.isTwinningRequired() && !constituencies.globalMajority().includes(org.getCountry())) {
            Optional<Organisation> convenorOrg = leader(workingGroupId, WorkingGroupRole.CONVENOR);
            if (convenorOrg.isPresent() && !constituencies.globalMajority().includes(convenorOrg.get().getCountry())) {
                throw new InvalidInputException("membership.twinning", Constituencies.countryName(convenorOrg.get().getCountry()), Constituencies.countryName(org.getCountry()));
            }
        }
        identity.get(userId);
        List<UUID> previous = memberships.findByWorkingGroupId(workingGroupId).stream()
                .filter(m -> m.getRole() == WorkingGroupRole.CO_CONVENOR).map(Membership::getUserId).toList();
        for (Membership m : memberships.findByWorkingGroupId(workingGroupId)) {
            if (m.getRole() == WorkingGroupRole.CO_CONVENOR) {
                memberships.delete(m);
            }
        }
        memberships.flush();
        memberships.save(new Membership(wg, userId, WorkingGroupRole.CO_CONVENOR, org));
        audit.record(AuditEntry.of(AuditKind.CO_CONVENOR_APPOINTED, "user", userId, identity.get(userId).username())
                .in(workingGroupId, null).before("coConvenors", previous.stream().map(UUID::toString).collect(Collectors.joining(",")))
                .after("coConvenor", userId, "organisation", org.getCode()));
    }

    // ---------------------------------------------------------------- internals

    private Roster.Twinning twinning(UUID workingGroupId, StoredSeatPlan plan) {
        boolean required = plan != null && plan.isTwinningRequired();
        Optional<Membership> convenor = leaderMembership(workingGroupId, WorkingGroupRole.CONVENOR);
        Optional<Membership> co = leaderMembership(workingGroupId, WorkingGroupRole.CO_CONVENOR);
        Map<UUID, String> names = identity.displayNames(
                java.util.stream.Stream.of(convenor, co).flatMap(Optional::stream).map(Membership::getUserId).toList());
        String cName = convenor.map(m -> names.get(m.getUserId())).orElse(null);
        String cCountry = convenor.map(Membership::getOrganisation).map(Organisation::getCountry).orElse(null);
        String coName = co.map(m -> names.get(m.getUserId())).orElse(null);
        String coCountry = co.map(Membership::getOrganisation).map(Organisation::getCountry).orElse(null);
        boolean convenorGm = cCountry != null && constituencies.globalMajority().includes(cCountry);
        boolean coGm = coCountry != null && constituencies.globalMajority().includes(coCountry);
        boolean met;
        String message;
        if (convenor.isEmpty()) {
            met = !required;
            message = "No convenor appointed";
        } else if (convenorGm) {
            met = true;
            message = "The convenor is from a Global Majority country";
        } else if (coGm) {
            met = true;
            message = "Twinned: the co-convenor is from a Global Majority country";
        } else {
            met = !required;
            message = required ? "Twinning required: appoint a co-convenor from a Global Majority country"
                    : "Not twinned (not required by the seat plan)";
        }
        return new Roster.Twinning(required, cName, cCountry, coName, coCountry, met, message);
    }

    private Optional<Membership> leaderMembership(UUID workingGroupId, WorkingGroupRole role) {
        return memberships.findByWorkingGroupId(workingGroupId).stream().filter(m -> m.getRole() == role)
                .min(Comparator.comparing(Membership::getId));
    }

    private Optional<Organisation> leader(UUID workingGroupId, WorkingGroupRole role) {
        return leaderMembership(workingGroupId, role).map(Membership::getOrganisation);
    }

    private void ensureMember(UUID workingGroupId, SeatApplication app) {
        boolean member = memberships.findByWorkingGroupIdAndUserId(workingGroupId, app.getUserId()).stream()
                .anyMatch(m -> m.getRole() != WorkingGroupRole.OBSERVER);
        if (!member) {
            Organisation org = app.getOrganisationId() == null ? null
                    : organisations.findById(app.getOrganisationId()).orElse(null);
            memberships.save(new Membership(workingGroup(workingGroupId), app.getUserId(), WorkingGroupRole.DELEGATE,
                    org));
            audit.record(AuditEntry.of(AuditKind.MEMBERSHIP_ADDED, "user", app.getUserId(), identity.get(app.getUserId()).username())
                    .in(workingGroupId, null).after("role", WorkingGroupRole.DELEGATE, "organisation", org == null ? null : org.getCode(),
                            "source", "seat allocation"));
        }
    }

    private SeatAllocation proposal(UUID workingGroupId, UUID allocationId) {
        SeatAllocation a = allocations.findById(allocationId).filter(x -> x.getWorkingGroupId().equals(workingGroupId))
                .orElseThrow(() -> new NotFoundException("Allocation", allocationId));
        if (!a.getStatus().equals("PROPOSED")) {
            throw new InvalidInputException("membership.allocation.not-proposal", a.getNumber(), Problem.of("membership.allocation.status." + a.getStatus().toLowerCase(Locale.ROOT)));
        }
        return a;
    }

    private static String groupLabel(WorkingGroup wg) {
        return wg.getCommittee().getReference() + "/" + wg.getCode();
    }

    private static Object[] planState(SeatPlanSpec p) {
        return new Object[] {"seats", p.seats(), "countingRule", p.countingRule(), "termMonths", p.termMonths(),
                "termLimit", p.termLimit(), "applicationsOpen", p.applicationsOpen(), "twinningRequired", p.twinningRequired(),
                "lotterySeed", p.lotterySeed(), "quotas", p.quotas() == null ? "" : p.quotas().stream()
                        .map(q -> q.attribute() + " " + (q.min() != null ? q.min() : q.minPercent() != null ? q.minPercent() + "%" : "")
                                + ".." + (q.max() != null ? q.max() : q.maxPercent() != null ? q.maxPercent() + "%" : ""))
                        .collect(Collectors.joining("; "))};
    }

    private WorkingGroup workingGroup(UUID id) {
        return workingGroups.findById(id).orElseThrow(() -> new NotFoundException("Working group", id));
    }

    private static AccordUser currentUser() {
        return IdentityService.currentUser().orElseThrow(() -> new NotAllowedException("shared.not-signed-in"));
    }

    private record Validated(UUID organisationId, String country, List<String> groups, String statement) {
    }

    private Validated validateApplication(NewSeatApplication a, Problem where) {
        if (a == null) {
            throw new InvalidInputException("membership.application.empty");
        }
        Organisation org = a.organisationId() == null ? null : organisations.findById(a.organisationId())
                .orElseThrow(() -> new InvalidInputException("membership.organisation.unknown", a.organisationId()));
        String countryIn = a.country() == null || a.country().isBlank()
                ? (org == null ? null : org.getCountry()) : a.country();
        if (countryIn == null) {
            throw new InvalidInputException("membership.application.country-required", where);
        }
        String country = Constituencies.country(countryIn, where);
        List<String> groupsIn = a.stakeholderGroups() == null || a.stakeholderGroups().isEmpty()
                ? (org == null ? List.of() : List.of(org.getStakeholderGroup())) : a.stakeholderGroups();
        if (groupsIn.isEmpty()) {
            throw new InvalidInputException("membership.application.group-required", where);
        }
        List<String> groups = groupsIn.stream().map(g -> constituencies.stakeholderGroup(g).code()).distinct().toList();
        String statement = a.statement() == null ? "" : a.statement().strip();
        if (statement.isEmpty()) {
            throw new InvalidInputException("membership.application.statement-required", where);
        }
        if (statement.length() > MAX_STATEMENT) {
            throw new InvalidInputException("membership.application.statement-too-long", where, statement.length(), MAX_STATEMENT);
        }
        return new Validated(org == null ? null : org.getId(), country, groups, statement);
    }

    /** A validated plan: its normalised quota specs and the engine plan (attributes named by label). */
    private record EnginePlan(SeatPlan plan, List<QuotaSpec> quotas) {
    }

    private EnginePlan enginePlan(SeatPlanSpec spec) {
        if (spec == null) {
            throw new InvalidInputException("membership.seat-plan.empty");
        }
        List<Object> errors = new ArrayList<>();
        if (spec.seats() == null || spec.seats() < 1) {
            errors.add(spec.seats() == null ? Problem.of("membership.seat-plan.seats-required") : Problem.of("membership.seat-plan.seats-low", spec.seats()));
        } else if (spec.seats() > 10_000) {
            errors.add(Problem.of("membership.seat-plan.seats-high", spec.seats()));
        }
        if (spec.countingRule() == null) {
            errors.add(Problem.of("membership.seat-plan.counting-rule"));
        }
        if (spec.termMonths() != null && spec.termMonths() < 1) {
            errors.add(Problem.of("membership.seat-plan.term-length", spec.termMonths()));
        }
        if (spec.termLimit() != null && spec.termLimit() < 1) {
            errors.add(Problem.of("membership.seat-plan.term-limit", spec.termLimit()));
        }
        List<QuotaSpec> normalised = new ArrayList<>();
        List<Quota> quotas = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (QuotaSpec q : spec.quotas() == null ? List.<QuotaSpec>of() : spec.quotas()) {
            if (q == null) {
                continue;
            }
            String attr;
            try {
                attr = constituencies.requireQuotaAttribute(q.attribute());
            } catch (InvalidInputException e) {
                errors.add(e.problem());
                continue;
            }
            String label = constituencies.label(attr);
            if (!seen.add(attr)) {
                errors.add(Problem.of("membership.quota.twice", label));
                continue;
            }
            if (q.min() != null && q.minPercent() != null) {
                errors.add(Problem.of("membership.quota.min-both", label));
                continue;
            }
            if (q.max() != null && q.maxPercent() != null) {
                errors.add(Problem.of("membership.quota.max-both", label));
                continue;
            }
            if (q.min() == null && q.minPercent() == null && q.max() == null && q.maxPercent() == null) {
                errors.add(Problem.of("membership.quota.bounds-required", label));
                continue;
            }
            if (badPercent(q.minPercent()) || badPercent(q.maxPercent())) {
                errors.add(Problem.of("membership.quota.percent", label));
                continue;
            }
            if ((q.min() != null && q.min() < 0) || (q.max() != null && q.max() < 0)) {
                errors.add(Problem.of("membership.quota.negative", label));
                continue;
            }
            if (attr.equals(Constituencies.EACH_COUNTRY) && (q.min() != null || q.minPercent() != null)) {
                errors.add(Problem.of("membership.quota.each-country"));
                continue;
            }
            normalised.add(new QuotaSpec(attr, label, q.min(), q.max(), q.minPercent(), q.maxPercent()));
            if (spec.seats() == null || spec.seats() < 1) {
                continue;
            }
            int seats = spec.seats();
            Integer min = q.min() != null ? q.min()
                    : q.minPercent() == null ? null : (int) Math.ceil(q.minPercent() * seats / 100 - 1e-9);
            Integer max = q.max() != null ? q.max()
                    : q.maxPercent() == null ? null : (int) Math.floor(q.maxPercent() * seats / 100 + 1e-9);
            try {
                quotas.add(attr.equals(Constituencies.EACH_COUNTRY)
                        ? SeatPlan.maxPerValue(label.substring(0, label.length() - 1), max)
                        : new Quota(label, min, max));
            } catch (IllegalArgumentException e) {
                errors.add(sentence(e.getMessage()));
            }
        }
        SeatPlan plan = null;
        if (errors.isEmpty()) {
            try {
                plan = new SeatPlan(spec.seats(), quotas, spec.countingRule());
            } catch (IllegalArgumentException e) {
                errors.add(sentence(e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(Problem.oneOrSummary(errors, Problem.of("membership.seat-plan.problems", errors.size())), errors);
        }
        return new EnginePlan(plan, normalised);
    }

    private static boolean badPercent(Double p) {
        return p != null && (p.isNaN() || p < 0 || p > 100);
    }

    private static String sentence(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static BigDecimal decimal(Double d) {
        return d == null ? null : BigDecimal.valueOf(d);
    }

    private SeatPlanSpec spec(StoredSeatPlan p) {
        List<QuotaSpec> quotas = p.getQuotas().stream().map(q -> new QuotaSpec(q.getAttribute(),
                constituencies.label(q.getAttribute()), q.getMinCount(), q.getMaxCount(),
                q.getMinPercent() == null ? null : q.getMinPercent().doubleValue(),
                q.getMaxPercent() == null ? null : q.getMaxPercent().doubleValue())).toList();
        return new SeatPlanSpec(p.getSeats(), CountingRule.valueOf(p.getCountingRule()), p.getTermMonths(),
                p.getTermLimit(), p.isApplicationsOpen(), p.isTwinningRequired(), p.getLotterySeed(),
                p.getSeedPublishedAt(), quotas, p.getVersion());
    }

    private Set<String> labels(Set<String> codes) {
        Set<String> out = new TreeSet<>();
        codes.forEach(c -> out.add(constituencies.label(c)));
        return out;
    }

    /** The eligible applicants of a working group, as the engine sees them. */
    private final class Pool {
        final List<SeatApplication> eligible;
        final Map<String, SeatApplication> byId = new HashMap<>();

        Pool(List<SeatApplication> eligible) {
            this.eligible = eligible;
            eligible.forEach(a -> byId.put(a.getId().toString(), a));
        }

        int size() {
            return eligible.size();
        }

        void requireRanked() {
            long unranked = eligible.stream().filter(a -> a.getMeritRank() == null).count();
            if (unranked > 0) {
                throw new InvalidInputException("membership.allocation.unranked", unranked);
            }
        }

        List<Applicant> applicants(boolean ignoreRank) {
            return eligible.stream().map(a -> applicant(a, ignoreRank || a.getMeritRank() == null ? 1
                    : a.getMeritRank())).toList();
        }

        /** Sitting members first (ranks below every applicant), so a refill seats them whenever the plan allows. */
        List<Applicant> withIncumbents(List<SeatHolder> current) {
            List<Applicant> out = new ArrayList<>();
            for (SeatHolder h : current) {
                SeatApplication app = applications.findById(h.getApplicationId()).orElseThrow();
                byId.put(app.getId().toString(), app);
                out.add(applicant(app, Integer.MIN_VALUE + h.getSeatNumber()));
            }
            Set<UUID> sitting = current.stream().map(SeatHolder::getUserId).collect(Collectors.toSet());
            for (SeatApplication a : eligible) {
                if (!sitting.contains(a.getUserId())) {
                    out.add(applicant(a, a.getMeritRank()));
                }
            }
            return out;
        }

        private Applicant applicant(SeatApplication a, int rank) {
            return new Applicant(a.getId().toString(), rank,
                    labels(constituencies.attributes(a.getCountry(), a.getStakeholderGroups())));
        }
    }

    private Pool pool(UUID workingGroupId, Integer termLimit, boolean includeSitting) {
        Map<UUID, Long> terms = holders.findByWorkingGroupId(workingGroupId).stream()
                .collect(Collectors.groupingBy(SeatHolder::getUserId, Collectors.counting()));
        Set<UUID> sitting = holders.findByWorkingGroupIdAndLeftAtIsNullOrderBySeatNumber(workingGroupId).stream()
                .map(SeatHolder::getUserId).collect(Collectors.toSet());
        List<SeatApplication> eligible = applications.findByWorkingGroupId(workingGroupId).stream()
                .filter(SeatApplication::isActive)
                .filter(a -> includeSitting || !sitting.contains(a.getUserId()))
                .filter(a -> ineligible(terms.getOrDefault(a.getUserId(), 0L), termLimit) == null)
                .sorted(Comparator.comparing(SeatApplication::getId))
                .toList();
        return new Pool(eligible);
    }

    private static String ineligible(long termsServed, Integer termLimit) {
        return termLimit != null && termsServed >= termLimit
                ? "Has served " + termsServed + " term" + (termsServed == 1 ? "" : "s") + " (limit " + termLimit + ")"
                : null;
    }

    private List<SeatApplicationView> views(UUID workingGroupId, List<SeatApplication> apps) {
        Integer termLimit = plans.findById(workingGroupId).map(StoredSeatPlan::getTermLimit).orElse(null);
        List<SeatHolder> all = holders.findByWorkingGroupId(workingGroupId);
        Map<UUID, Long> terms = all.stream().collect(Collectors.groupingBy(SeatHolder::getUserId, Collectors.counting()));
        Set<UUID> sitting = all.stream().filter(SeatHolder::isCurrent).map(SeatHolder::getUserId)
                .collect(Collectors.toSet());
        Map<UUID, String> names = identity.displayNames(apps.stream().map(SeatApplication::getUserId).toList());
        return apps.stream().map(a -> {
            long served = terms.getOrDefault(a.getUserId(), 0L);
            return new SeatApplicationView(a.getId(), a.getUserId(), names.get(a.getUserId()),
                    organisationName(a.getOrganisationId()), a.getCountry(), a.getStakeholderGroups(),
                    new ArrayList<>(labels(constituencies.attributes(a.getCountry(), a.getStakeholderGroups()))),
                    a.getStatement(), a.getMeritRank(), a.getSubmittedAt(), (int) served, ineligible(served, termLimit),
                    sitting.contains(a.getUserId()));
        }).toList();
    }

    private static List<List<String>> parseCsv(String csv) {
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(
                csv == null ? "" : csv.replace("\uFEFF", "")))) {
            return parser.getRecords().stream().map(r -> r.toList()).toList();
        } catch (java.io.IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("membership.import.not-csv", String.valueOf(e.getMessage()));
        }
    }

    private String organisationName(UUID id) {
        return id == null ? null : organisations.findById(id).map(Organisation::getName).orElse(null);
    }

    /** Stored explanation of an allocation. */
    record AllocationResult(List<AllocationView.SeatView> seats, List<AllocationView.DisplacedView> displaced,
                            List<ComplianceRow> compliance, List<String> notes) {
    }

    private AllocationResult explain(Allocation a, Pool pool, Map<String, Double> probabilities,
                                     Set<String> incumbents, UUID workingGroupId) {
        Map<UUID, String> names = identity.displayNames(pool.byId.values().stream().map(SeatApplication::getUserId)
                .toList());
        Function<String, String> name = id -> names.get(pool.byId.get(id).getUserId());
        Set<Integer> taken = holders.findByWorkingGroupIdAndLeftAtIsNullOrderBySeatNumber(workingGroupId).stream()
                .map(SeatHolder::getSeatNumber).collect(Collectors.toSet());
        List<AllocationView.SeatView> seats = new ArrayList<>();
        int next = 1;
        for (Seat s : a.seats()) {
            String id = s.applicant().id();
            if (incumbents.contains(id)) {
                continue;
            }
            int number = s.seatNumber();
            if (!incumbents.isEmpty()) {
                while (taken.contains(next)) {
                    next++;
                }
                number = next++;
            }
            SeatApplication app = pool.byId.get(id);
            seats.add(new AllocationView.SeatView(number, app.getId(), app.getUserId(), name.apply(id),
                    organisationName(app.getOrganisationId()), app.getCountry(), app.getMeritRank(), s.reason(),
                    s.countsToward(), probabilities.get(id)));
        }
        List<AllocationView.DisplacedView> displaced = a.displaced().stream()
                .filter(d -> !incumbents.contains(d.notSeated().id()))
                .map(d -> new AllocationView.DisplacedView(UUID.fromString(d.notSeated().id()),
                        name.apply(d.notSeated().id()), pool.byId.get(d.notSeated().id()).getMeritRank(), d.quota(),
                        d.seatedInstead() == null ? null : name.apply(d.seatedInstead().id())))
                .toList();
        List<String> notes = new ArrayList<>(a.notes());
        if (!incumbents.isEmpty()) {
            notes.add(incumbents.size() + " sitting members keep their seats; " + seats.size()
                    + " vacant seat" + (seats.size() == 1 ? " is" : "s are") + " filled");
        }
        return new AllocationResult(seats, displaced, compliance(a.compliance()), notes);
    }

    /** The engine names attributes by label; rows carry the code too. */
    private List<ComplianceRow> compliance(List<QuotaStatus> statuses) {
        return statuses.stream().map(s -> new ComplianceRow(constituencies.attributeOf(s.attribute()), s.attribute(),
                s.min(), s.max(), s.actual(), s.met())).toList();
    }

    private AllocationView view(SeatAllocation a) {
        AllocationResult r = JSON.readValue(a.getResult(), AllocationResult.class);
        List<UUID> people = new ArrayList<>();
        people.add(a.getCreatedBy());
        if (a.getDecidedBy() != null) {
            people.add(a.getDecidedBy());
        }
        Map<UUID, String> names = new HashMap<>(identity.displayNames(people));
        names.put(SystemActor.ID, "System (seed data)");
        return new AllocationView(a.getId(), a.getNumber(), AllocationMode.valueOf(a.getMode()), a.getSeed(),
                a.getStatus(), a.getCreatedAt(), names.get(a.getCreatedBy()), a.getDecidedAt(),
                a.getDecidedBy() == null ? null : names.get(a.getDecidedBy()), r.seats(), r.displaced(),
                r.compliance(), r.notes());
    }
}
