package org.accord.crosswalk;

import org.accord.shared.Problem;
import org.accord.shared.NotAllowedException;
import org.accord.shared.audit.AuditEntry;
import org.accord.shared.audit.AuditKind;
import org.accord.shared.audit.AuditTrail;
import org.accord.crosswalk.internal.*;
import org.accord.crosswalk.mapping.GapReport;
import org.accord.crosswalk.mapping.Provenance;
import org.accord.crosswalk.mapping.Rationale;
import org.accord.crosswalk.mapping.Relationship;
import org.accord.crosswalk.mapping.ReviewStatus;
import org.accord.drafting.ClauseNode;
import org.accord.drafting.DraftSummary;
import org.accord.drafting.DraftingService;
import org.accord.identity.AccordUser;
import org.accord.identity.IdentityService;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.accord.shared.security.WorkingGroupAccess;
import org.accord.shared.security.WorkingGroupRole;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.*;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Mappings of a draft's clauses to provisions, and the views built on them: matrix, gaps, comparison of two
 * jurisdictions, national deviations and adoption profiles. Members of the working group read; editors and
 * convenors (and the secretariat) map; only convenors and the secretariat approve.
 */
@Service
@Transactional(readOnly = true)
public class MappingService {

    private final DraftingService drafting;
    private final WorkingGroupAccess access;
    private final CrosswalkMappings mappings;
    private final Provisions provisions;
    private final LegalInstruments instruments;
    private final NationalDeviations deviations;
    private final AdoptionEntries adoption;
    private final ProvisionMatcher matcher;

    private final AuditTrail audit;

    MappingService(DraftingService drafting, WorkingGroupAccess access, CrosswalkMappings mappings,
                   Provisions provisions, LegalInstruments instruments, NationalDeviations deviations,
                   AdoptionEntries adoption, ProvisionMatcher matcher, AuditTrail audit) {
        this.audit = audit;
        this.matcher = matcher;
        this.drafting = drafting;
        this.access = access;
        this.mappings = mappings;
        this.provisions = provisions;
        this.instruments = instruments;
        this.deviations = deviations;
        this.adoption = adoption;
    }

    // ---- reading ----

    /** Whether the caller may create and edit mappings of this draft. */
    public boolean canMap(UUID draftId) {
        DraftSummary d = drafting.draft(draftId);
        return access.isStaff() || access.hasAnyRole(d.workingGroupId(), WorkingGroupRole.CONVENOR,
                WorkingGroupRole.CO_CONVENOR, WorkingGroupRole.EDITOR);
    }

    /** Whether the caller may mark mappings approved (the group's position). */
    public boolean canApprove(UUID draftId) {
        DraftSummary d = drafting.draft(draftId);
        return access.isStaff() || access.hasAnyRole(d.workingGroupId(), WorkingGroupRole.CONVENOR,
                WorkingGroupRole.CO_CONVENOR);
    }

    /** Every mapping of the draft in clause order, then jurisdiction and provision order. */
    public List<MappingView> mappings(UUID draftId) {
        DraftClauses clauses = clauses(draftId);
        return views(clauses, mappings.findByDraftId(draftId));
    }

    public List<MappingView> mappingsOfClause(UUID draftId, UUID clauseId) {
        DraftClauses clauses = clauses(draftId);
        clauses.require(clauseId);
        return views(clauses, mappings.findByClauseId(clauseId));
    }

    /** How many mappings each clause has, for the "Crosswalk (n)" buttons beside the text. */
    public Map<UUID, Long> countsByClause(UUID draftId) {
        drafting.draft(draftId);
        return mappings.findByDraftId(draftId).stream()
                .collect(Collectors.groupingBy(CrosswalkMapping::getClauseId, Collectors.counting()));
    }

    public MappingView mapping(UUID draftId, UUID mappingId) {
        CrosswalkMapping m = owned(draftId, mappingId);
        return views(clauses(draftId), List.of(m)).getFirst();
    }

    /** A clause of the draft by its number ("5.1"), for imports and the API. */
    public UUID clauseByNumber(UUID draftId, String number) {
        if (number == null || number.isBlank()) {
            throw new InvalidInputException("crosswalk.clause-required");
        }
        return clauses(draftId).byId.values().stream().filter(n -> n.number().equals(number.trim())).findFirst()
                .map(ClauseNode::id).orElseThrow(() -> new InvalidInputException("crosswalk.no-such-clause", number.trim()));
    }

    /** Every clause of the draft by number, for bulk imports. */
    public Map<String, UUID> clauseIdsByNumber(UUID draftId) {
        Map<String, UUID> out = new HashMap<>();
        clauses(draftId).byId.values().forEach(n -> out.put(n.number(), n.id()));
        return out;
    }

    /** An instrument's provisions by identifier and, where unambiguous, by number; empty for an unknown code. */
    public Map<String, UUID> provisionIdsByReference(String instrumentCode) {
        Map<String, UUID> out = new HashMap<>();
        instruments.findByCode(instrumentCode == null ? "" : instrumentCode.trim()).ifPresent(i -> {
            List<Provision> all = provisions.findByInstrumentIdOrderByPosition(i.getId());
            Map<String, Long> numberCount = all.stream().collect(Collectors.groupingBy(p -> p.getNumber().toLowerCase(Locale.ROOT), Collectors.counting()));
            all.stream().filter(p -> numberCount.get(p.getNumber().toLowerCase(Locale.ROOT)) == 1)
                    .forEach(p -> out.put(p.getNumber().toLowerCase(Locale.ROOT), p.getId()));
            all.forEach(p -> out.put(p.getIdentifier(), p.getId()));
        });
        return out;
    }

    /** A provision by instrument code and its identifier or, failing that, its number ("Art. 9"). */
    public UUID provisionByReference(String instrumentCode, String reference) {
        if (instrumentCode == null || instrumentCode.isBlank() || reference == null || reference.isBlank()) {
            throw new InvalidInputException("crosswalk.provision-required");
        }
        LegalInstrument i = instruments.findByCode(instrumentCode.trim())
                .orElseThrow(() -> new InvalidInputException("crosswalk.no-such-instrument", instrumentCode.trim()));
        return provisions.findByInstrumentIdAndIdentifier(i.getId(), reference.trim())
                .or(() -> provisions.findByInstrumentIdOrderByPosition(i.getId()).stream()
                        .filter(p -> p.getNumber().equalsIgnoreCase(reference.trim())).findFirst())
                .map(Provision::getId)
                .orElseThrow(() -> new InvalidInputException("crosswalk.no-such-provision", label(i), reference.trim()));
    }

    // ---- writing ----

    @Transactional
    public MappingSaved save(UUID draftId, NewMapping in) {
        Batch batch = new Batch(draftId, List.of(in));
        List<String> warnings = batch.save(in);
        return new MappingSaved(views(batch.clauses, List.of(batch.last)).getFirst(), warnings);
    }

    /**
     * Saves many mappings in one transaction, loading the clause tree, provisions and existing mappings once:
     * imports of thousands of rows stay fast. Returns the distinct warnings.
     */
    @Transactional
    public List<String> saveAll(UUID draftId, List<NewMapping> list) {
        Batch batch = new Batch(draftId, list);
        LinkedHashSet<String> warnings = new LinkedHashSet<>();
        for (NewMapping m : list) {
            warnings.addAll(batch.save(m));
        }
        return List.copyOf(warnings);
    }

    /** What saving mappings of one draft needs, read once. */
    private final class Batch {
        final UUID draftId;
        final DraftClauses clauses;
        final boolean mayApprove;
        final Map<UUID, Provision> provisionById;
        final Map<UUID, LegalInstrument> instrumentById;
        final Map<String, CrosswalkMapping> existing = new HashMap<>();
        final AccordUser user = IdentityService.currentUser().orElse(null);
        final UUID workingGroupId;
        CrosswalkMapping last;

        Batch(UUID draftId, List<NewMapping> list) {
            requireMap(draftId);
            this.draftId = draftId;
            this.workingGroupId = drafting.draft(draftId).workingGroupId();
            this.clauses = clauses(draftId);
            this.mayApprove = canApprove(draftId);
            this.provisionById = provisionsById(list.stream().map(NewMapping::provisionId).filter(Objects::nonNull).toList());
            this.instrumentById = instrumentsById();
            List<CrosswalkMapping> current = list.size() == 1 && list.getFirst().clauseId() != null
                    ? mappings.findByClauseId(list.getFirst().clauseId()) : mappings.findByDraftId(draftId);
            current.forEach(m -> existing.put(m.getClauseId() + "|" + m.getProvisionId(), m));
        }

        List<String> save(NewMapping in) {
            if (in.clauseId() == null || in.provisionId() == null) {
                throw new InvalidInputException("crosswalk.mapping.incomplete");
            }
            ClauseNode clause = clauses.require(in.clauseId());
            Provision provision = provisionById.get(in.provisionId());
            if (provision == null) {
                throw new NotFoundException("Provision", in.provisionId());
            }
            if (in.relationship() == null || in.rationale() == null) {
                throw new InvalidInputException("crosswalk.mapping.relationship-required");
            }
            Integer strength;
            try {
                int s = in.relationship().requireStrength(in.strength());
                strength = s < 0 ? null : s;
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("shared.as-given", e);
            }
            String explanation = in.explanation() == null || in.explanation().isBlank() ? null : in.explanation().strip();
            if (explanation != null && explanation.length() > 4000) {
                throw new InvalidInputException("crosswalk.mapping.explanation-too-long", explanation.length());
            }
            ReviewStatus status = in.status() == null ? ReviewStatus.DRAFT : in.status();
            if (status == ReviewStatus.APPROVED && !mayApprove) {
                throw new NotAllowedException("crosswalk.mapping.approve-not-allowed");
            }
            Instant now = Instant.now();
            String key = clause.id() + "|" + provision.getId();
            CrosswalkMapping m = existing.get(key);
            if (in.expectedVersion() == null) {
                if (m != null) {
                    throw new InvalidInputException("crosswalk.mapping.exists", clause.number(), provision.getNumber());
                }
                m = new CrosswalkMapping(null, draftId, clause.id(), provision.getId(), now);
                existing.put(key, m);
            } else {
                if (m == null) {
                    throw new NotFoundException(Problem.of("notFound.mapping-between", clause.number(), provision.getNumber()));
                }
                if (m.getVersion() != in.expectedVersion()) {
                    throw new InvalidInputException("crosswalk.mapping.changed");
                }
            }
            Provenance provenance = in.provenance() == null ? Provenance.HUMAN : in.provenance();
            AuditEntry was = AuditEntry.of(AuditKind.MAPPING_SAVED, "mapping", null, "").before(in.expectedVersion() == null
                    ? new Object[0] : assessment(m));
            m.assess(in.relationship(), in.rationale(), strength, explanation, provenance, status,
                    user == null ? null : user.userId(), user == null ? "system" : user.displayName(), clause.revision(), now);
            last = mappings.save(m);
            LegalInstrument instrument = instrumentById.get(provision.getInstrumentId());
            audit.record(new AuditEntry(AuditKind.MAPPING_SAVED, workingGroupId, draftId, "mapping", last.getId().toString(),
                    clause.number() + " → " + instrument.getCode() + " " + provision.getNumber(), was.before(), null)
                    .after(assessment(last)));
            List<String> warnings = new ArrayList<>();
            if (instrument.getStatus().isDefunct()) {
                warnings.add(label(instrument) + " is " + instrument.getStatus().name().toLowerCase(Locale.ROOT)
                        + "; this mapping points to law that no longer applies");
            }
            if (provision.getRemovedAt() != null) {
                warnings.add(provision.getNumber() + " disappeared from the last import of " + label(instrument));
            }
            return warnings;
        }
    }

    /** Moves a mapping along draft → reviewed → approved; a machine mapping a person reviewed becomes hybrid. */
    @Transactional
    public MappingView review(UUID draftId, UUID mappingId, ReviewStatus status, long expectedVersion) {
        requireMap(draftId);
        if (status == ReviewStatus.APPROVED && !canApprove(draftId)) {
            throw new NotAllowedException("crosswalk.mapping.approve-not-allowed");
        }
        CrosswalkMapping m = owned(draftId, mappingId);
        if (m.getVersion() != expectedVersion) {
            throw new InvalidInputException("crosswalk.mapping.changed");
        }
        DraftClauses clauses = clauses(draftId);
        Instant now = Instant.now();
        Provenance provenance = m.getProvenance() == Provenance.AUTOMATION && status != ReviewStatus.DRAFT
                ? Provenance.HYBRID : m.getProvenance();
        AuditEntry was = AuditEntry.of(AuditKind.MAPPING_REVIEWED, "mapping", mappingId, mappingLabel(draftId, m))
                .in(drafting.draft(draftId).workingGroupId(), draftId).before("status", m.getReviewStatus(), "provenance", m.getProvenance());
        // Reviewing confirms the mapping against the clause as it reads now.
        m.assess(m.getRelationship(), m.getRationale(), m.getStrength(), m.getExplanation(), provenance, status,
                m.getAuthorId(), m.getAuthorName(), clauses.require(m.getClauseId()).revision(), now);
        mappings.saveAndFlush(m);
        audit.record(was.after("status", status, "provenance", provenance));
        return views(clauses, List.of(m)).getFirst();
    }

    @Transactional
    public void delete(UUID draftId, UUID mappingId) {
        requireMap(draftId);
        CrosswalkMapping m = owned(draftId, mappingId);
        mappings.delete(m);
        audit.record(AuditEntry.of(AuditKind.MAPPING_REMOVED, "mapping", mappingId, mappingLabel(draftId, m))
                .in(drafting.draft(draftId).workingGroupId(), draftId).before(assessment(m)));
    }

    // ---- suggestions ----

    /**
     * Provisions whose text resembles the clause's, best first, leaving out those it is already mapped to.
     *
     * @throws org.accord.shared.UnavailableException when the search index is down
     */
    public List<SuggestedProvision> suggestions(UUID draftId, UUID clauseId, int limit) {
        ClauseNode n = clauses(draftId).require(clauseId);
        Set<UUID> mapped = mappings.findByClauseId(clauseId).stream().map(CrosswalkMapping::getProvisionId)
                .collect(Collectors.toSet());
        var found = matcher.similar(n.title(), n.text(), Math.max(1, Math.min(limit, 50)), mapped);
        Map<UUID, Provision> byId = provisionsById(found.stream().map(s -> s.provisionId()).toList());
        Map<UUID, LegalInstrument> instrumentsById = instrumentsById();
        // The index learns of changes seconds later: drop what was removed meanwhile.
        return found.stream().filter(s -> byId.containsKey(s.provisionId()) && byId.get(s.provisionId()).getRemovedAt() == null).map(s -> {
            Provision p = byId.get(s.provisionId());
            return new SuggestedProvision(ref(p, instrumentsById), label(instrumentsById.get(p.getInstrumentId())), s.score());
        }).toList();
    }

    /**
     * Accepts a suggestion as a draft "intersects with" mapping made by automation; a person's review sets the
     * real relationship and turns it hybrid.
     */
    @Transactional
    public MappingSaved acceptSuggestion(UUID draftId, UUID clauseId, UUID provisionId) {
        return save(draftId, new NewMapping(clauseId, provisionId, Relationship.INTERSECTS_WITH, Rationale.SEMANTIC,
                null, "Suggested by text similarity; not yet reviewed.", Provenance.AUTOMATION, ReviewStatus.DRAFT, null));
    }

    // ---- views ----

    /** Clauses × instruments, optionally only instruments of the given binding natures (empty = all). */
    public CrosswalkMatrix matrix(UUID draftId, Set<BindingNature> natures) {
        DraftClauses clauses = clauses(draftId);
        List<LegalInstrument> columns = instruments.findAll().stream()
                .filter(i -> natures == null || natures.isEmpty() || natures.contains(i.getBindingNature()))
                .sorted(INSTRUMENT_ORDER).toList();
        Map<UUID, Integer> columnIndex = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            columnIndex.put(columns.get(i).getId(), i);
        }
        Map<UUID, CrosswalkMatrix.Cell[]> cells = new HashMap<>();
        for (Object[] row : mappings.matrixCells(draftId)) {
            Integer col = columnIndex.get((UUID) row[1]);
            if (col == null) {
                continue;
            }
            CrosswalkMatrix.Cell[] line = cells.computeIfAbsent((UUID) row[0], k -> new CrosswalkMatrix.Cell[columns.size()]);
            Relationship r = (Relationship) row[2];
            Integer s = row[3] == null ? null : ((Number) row[3]).intValue();
            CrosswalkMatrix.Cell c = line[col];
            if (c == null) {
                line[col] = new CrosswalkMatrix.Cell(r, s, 1);
            } else {
                boolean stronger = Relationship.stronger(r, s, c.strongest(), c.strength());
                line[col] = new CrosswalkMatrix.Cell(stronger ? r : c.strongest(), stronger ? s : c.strength(), c.mappings() + 1);
            }
        }
        List<CrosswalkMatrix.Row> rows = new ArrayList<>();
        for (ClauseNode n : clauses.mappable()) {
            CrosswalkMatrix.Cell[] line = cells.get(n.id());
            rows.add(new CrosswalkMatrix.Row(ref(n), clauses.depth(n.id()),
                    line == null ? Collections.nCopies(columns.size(), null) : Arrays.asList(line)));
        }
        return new CrosswalkMatrix(columns.stream().map(i -> new CrosswalkMatrix.Column(i.getId(), i.getCode(), label(i),
                i.getJurisdiction(), i.getJurisdictionName(), i.getBindingNature(), i.getStatus())).toList(), rows);
    }

    /**
     * Gaps against a jurisdiction code ("EU", "US-CO") or one instrument code ("EU-AIA"): requirement clauses
     * with no mapping or only weak ones, and provisions no clause covers.
     */
    public CrosswalkGaps gaps(UUID draftId, String scope) {
        DraftClauses clauses = clauses(draftId);
        List<LegalInstrument> inScope = scope(scope);
        Set<UUID> ids = inScope.stream().map(LegalInstrument::getId).collect(Collectors.toSet());
        List<Provision> scoped = provisions.findByInstrumentIdInAndRemovedAtIsNullOrderByPosition(ids);
        Map<UUID, LegalInstrument> byId = inScope.stream().collect(Collectors.toMap(LegalInstrument::getId, i -> i));
        scoped = scoped.stream().sorted(Comparator.comparing((Provision p) -> inScope.indexOf(byId.get(p.getInstrumentId())))
                .thenComparingInt(Provision::getPosition)).toList();
        List<GapReport.Link> links = mappings.findByDraftId(draftId).stream()
                .map(m -> new GapReport.Link(m.getClauseId().toString(), m.getProvisionId().toString(), m.getRelationship()))
                .toList();
        // A heading clause whose sub-clauses carry the requirements is judged through them, unless mapped itself.
        Set<UUID> mappedClauses = links.stream().map(l -> UUID.fromString(l.clauseId())).collect(Collectors.toSet());
        List<ClauseNode> mappable = clauses.mappable().stream()
                .filter(n -> !clauses.hasMappableChildren(n) || mappedClauses.contains(n.id())).toList();
        GapReport report = GapReport.of(mappable.stream().map(n -> n.id().toString()).toList(),
                scoped.stream().map(p -> p.getId().toString()).toList(), links);
        Map<UUID, Provision> provisionById = scoped.stream().collect(Collectors.toMap(Provision::getId, p -> p));
        Function<String, ClauseRef> clause = id -> ref(clauses.require(UUID.fromString(id)));
        Function<String, ProvisionRef> provision = id -> ref(provisionById.get(UUID.fromString(id)), byId);
        String label = inScope.size() == 1 && inScope.getFirst().getCode().equalsIgnoreCase(scope.trim())
                ? label(inScope.getFirst()) : inScope.getFirst().getJurisdictionName();
        return new CrosswalkGaps(scope.trim(), label, report.unmappedClauses().stream().map(clause).toList(),
                report.weaklyMappedClauses().stream().map(clause).toList(),
                report.uncoveredProvisions().stream().map(provision).toList(), mappable.size(), scoped.size());
    }

    /** Two jurisdictions (or instruments) through the standard: for each clause, what each side maps to it. */
    public JurisdictionComparison compare(UUID draftId, String left, String right) {
        DraftClauses clauses = clauses(draftId);
        List<LegalInstrument> l = scope(left);
        List<LegalInstrument> r = scope(right);
        Map<UUID, LegalInstrument> byId = instrumentsById();
        Set<UUID> leftIds = l.stream().map(LegalInstrument::getId).collect(Collectors.toSet());
        Set<UUID> rightIds = r.stream().map(LegalInstrument::getId).collect(Collectors.toSet());
        List<CrosswalkMapping> all = mappings.findByDraftId(draftId).stream()
                .filter(m -> m.getRelationship() != Relationship.NO_RELATIONSHIP).toList();
        Map<UUID, Provision> provisionById = provisionsById(all.stream().map(CrosswalkMapping::getProvisionId).toList());
        Map<UUID, List<CrosswalkMapping>> byClause = all.stream().collect(Collectors.groupingBy(CrosswalkMapping::getClauseId));
        List<JurisdictionComparison.Row> rows = new ArrayList<>();
        for (ClauseNode n : clauses.mappable()) {
            List<JurisdictionComparison.Link> ls = new ArrayList<>();
            List<JurisdictionComparison.Link> rs = new ArrayList<>();
            for (CrosswalkMapping m : byClause.getOrDefault(n.id(), List.of())) {
                Provision p = provisionById.get(m.getProvisionId());
                JurisdictionComparison.Link link = new JurisdictionComparison.Link(ref(p, byId), m.getRelationship(), m.getStrength());
                if (leftIds.contains(p.getInstrumentId())) {
                    ls.add(link);
                }
                if (rightIds.contains(p.getInstrumentId())) {
                    rs.add(link);
                }
            }
            if (!ls.isEmpty() || !rs.isEmpty()) {
                rows.add(new JurisdictionComparison.Row(ref(n), ls, rs));
            }
        }
        return new JurisdictionComparison(left.trim(), right.trim(), rows);
    }

    /** Jurisdiction codes with instruments, for pickers: code → name. */
    public LinkedHashMap<String, String> jurisdictions() {
        LinkedHashMap<String, String> out = new LinkedHashMap<>();
        instruments.findAll().stream().sorted(INSTRUMENT_ORDER)
                .forEach(i -> out.putIfAbsent(i.getJurisdiction(), i.getJurisdictionName()));
        return out;
    }

    // ---- national deviations and adoption profiles ----

    public List<DeviationView> deviations(UUID draftId) {
        DraftClauses clauses = clauses(draftId);
        List<NationalDeviation> list = deviations.findByDraftIdOrderByCreatedAt(draftId);
        Map<UUID, LegalInstrument> byId = instrumentsById();
        Map<UUID, Provision> provisionById = provisionsById(list.stream().map(NationalDeviation::getProvisionId).toList());
        return list.stream().filter(d -> clauses.byId.containsKey(d.getClauseId()))
                .sorted(Comparator.comparingInt((NationalDeviation d) -> clauses.order(d.getClauseId()))
                        .thenComparing(NationalDeviation::getJurisdiction))
                .map(d -> {
                    Provision p = provisionById.get(d.getProvisionId());
                    return new DeviationView(d.getId(), ref(clauses.require(d.getClauseId())), d.getJurisdiction(),
                            ref(p, byId), label(byId.get(p.getInstrumentId())), d.getRequirement(), d.getAuthorName(),
                            d.getCreatedAt());
                }).toList();
    }

    /** Records an A-deviation; the forcing provision must belong to an instrument of that jurisdiction. */
    @Transactional
    public UUID recordDeviation(UUID draftId, NewDeviation in) {
        requireMap(draftId);
        DraftClauses clauses = clauses(draftId);
        if (in.clauseId() == null || in.provisionId() == null || in.jurisdiction() == null || in.jurisdiction().isBlank()) {
            throw new InvalidInputException("crosswalk.deviation.incomplete");
        }
        if (in.requirement() == null || in.requirement().isBlank()) {
            throw new InvalidInputException("crosswalk.deviation.requirement-required");
        }
        clauses.require(in.clauseId());
        Provision p = provisions.findById(in.provisionId()).orElseThrow(() -> new NotFoundException("Provision", in.provisionId()));
        LegalInstrument i = instruments.findById(p.getInstrumentId()).orElseThrow();
        String jurisdiction = in.jurisdiction().trim();
        if (!i.getJurisdiction().equalsIgnoreCase(jurisdiction)) {
            throw new InvalidInputException("crosswalk.deviation.wrong-jurisdiction", p.getNumber(), label(i), i.getJurisdiction(), jurisdiction);
        }
        if (!i.getBindingNature().isBinding()) {
            throw new InvalidInputException("crosswalk.deviation.not-binding", label(i), Problem.of("crosswalk.binding." + i.getBindingNature().name().toLowerCase(Locale.ROOT)));
        }
        UUID id = deviations.save(new NationalDeviation(draftId, in.clauseId(), i.getJurisdiction(), p.getId(),
                in.requirement().strip(), currentName(), Instant.now())).getId();
        audit.record(AuditEntry.of(AuditKind.DEVIATION_RECORDED, "deviation", id, clauses.require(in.clauseId()).number() + " "
                + i.getJurisdiction()).in(drafting.draft(draftId).workingGroupId(), draftId)
                .after("provision", i.getCode() + " " + p.getNumber(), "requirement", AuditEntry.excerpt(in.requirement().strip())));
        return id;
    }

    @Transactional
    public void deleteDeviation(UUID draftId, UUID deviationId) {
        requireMap(draftId);
        NationalDeviation d = deviations.findById(deviationId).filter(x -> x.getDraftId().equals(draftId))
                .orElseThrow(() -> new NotFoundException("Deviation", deviationId));
        deviations.delete(d);
        audit.record(AuditEntry.of(AuditKind.DEVIATION_REMOVED, "deviation", deviationId, d.getJurisdiction())
                .in(drafting.draft(draftId).workingGroupId(), draftId).before("clause", d.getClauseId(), "jurisdiction", d.getJurisdiction()));
    }

    public AdoptionProfile adoptionProfile(UUID draftId, String jurisdiction) {
        DraftClauses clauses = clauses(draftId);
        String code = requireJurisdiction(jurisdiction);
        Map<UUID, AdoptionEntry> decided = adoption.findByDraftIdAndJurisdiction(draftId, code).stream()
                .collect(Collectors.toMap(AdoptionEntry::getClauseId, e -> e));
        Map<UUID, Long> deviationCount = deviations.findByDraftIdOrderByCreatedAt(draftId).stream()
                .filter(d -> d.getJurisdiction().equals(code))
                .collect(Collectors.groupingBy(NationalDeviation::getClauseId, Collectors.counting()));
        return new AdoptionProfile(code, clauses.mappable().stream().map(n -> {
            AdoptionEntry e = decided.get(n.id());
            return new AdoptionProfile.Line(ref(n), e == null ? null : e.getDecision(), e == null ? null : e.getNote(),
                    deviationCount.getOrDefault(n.id(), 0L).intValue());
        }).toList());
    }

    /** Records what a jurisdiction does with a clause; adapting or omitting needs a reason. */
    @Transactional
    public void decideAdoption(UUID draftId, String jurisdiction, UUID clauseId, AdoptionDecision decision, String note) {
        requireMap(draftId);
        DraftClauses clauses = clauses(draftId);
        String code = requireJurisdiction(jurisdiction);
        clauses.require(clauseId);
        if (decision == null) {
            throw new InvalidInputException("crosswalk.adoption.decision-required");
        }
        String reason = note == null || note.isBlank() ? null : note.strip();
        if (decision != AdoptionDecision.ADOPT && reason == null) {
            throw new InvalidInputException("crosswalk.adoption.reason-required", code, Problem.of("crosswalk.adoption." + decision.name().toLowerCase(Locale.ROOT)), clauses.require(clauseId).number());
        }
        AdoptionEntry e = adoption.findById(new AdoptionEntry.Key(draftId, code, clauseId))
                .orElseGet(() -> new AdoptionEntry(draftId, code, clauseId));
        AuditEntry was = AuditEntry.of(AuditKind.ADOPTION_DECIDED, "adoption", clauseId, code + " " + clauses.require(clauseId).number())
                .in(drafting.draft(draftId).workingGroupId(), draftId).before("decision", e.getDecision(), "note", e.getNote());
        e.decide(decision, reason, currentName(), Instant.now());
        adoption.save(e);
        audit.record(was.after("decision", decision, "note", reason));
    }

    // ---- helpers ----

    static final Comparator<LegalInstrument> INSTRUMENT_ORDER = Comparator.comparing(LegalInstrument::getJurisdiction)
            .thenComparing(LegalInstrument::getCode);

    private List<LegalInstrument> scope(String scope) {
        if (scope == null || scope.isBlank()) {
            throw new InvalidInputException("crosswalk.target-required");
        }
        String s = scope.trim();
        List<LegalInstrument> all = instruments.findAll().stream().sorted(INSTRUMENT_ORDER).toList();
        List<LegalInstrument> byCode = all.stream().filter(i -> i.getCode().equalsIgnoreCase(s)).toList();
        if (!byCode.isEmpty()) {
            return byCode;
        }
        List<LegalInstrument> byJurisdiction = all.stream().filter(i -> i.getJurisdiction().equalsIgnoreCase(s)).toList();
        if (byJurisdiction.isEmpty()) {
            throw new InvalidInputException("crosswalk.target-unknown", s, String.join(", ", jurisdictions().keySet()));
        }
        return byJurisdiction;
    }

    private String requireJurisdiction(String jurisdiction) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            throw new InvalidInputException("crosswalk.jurisdiction-required");
        }
        return jurisdictions().keySet().stream().filter(j -> j.equalsIgnoreCase(jurisdiction.trim())).findFirst()
                .orElseThrow(() -> new InvalidInputException("crosswalk.jurisdiction-unknown", jurisdiction.trim(), String.join(", ", jurisdictions().keySet())));
    }

    private static Object[] assessment(CrosswalkMapping m) {
        return new Object[] {"relationship", m.getRelationship(), "rationale", m.getRationale(), "strength", m.getStrength(),
                "status", m.getReviewStatus(), "provenance", m.getProvenance(), "explanation", AuditEntry.excerpt(m.getExplanation())};
    }

    private String mappingLabel(UUID draftId, CrosswalkMapping m) {
        String clause = drafting.clauseNumbers(draftId).getOrDefault(m.getClauseId(), "?");
        return provisions.findById(m.getProvisionId()).map(p -> clause + " → " + instruments.findById(p.getInstrumentId())
                .map(LegalInstrument::getCode).orElse("?") + " " + p.getNumber()).orElse(clause);
    }

    private void requireMap(UUID draftId) {
        if (!canMap(draftId)) {
            throw new NotAllowedException("crosswalk.map-not-allowed");
        }
    }

    private CrosswalkMapping owned(UUID draftId, UUID mappingId) {
        drafting.draft(draftId);
        return mappings.findById(mappingId).filter(m -> m.getDraftId().equals(draftId))
                .orElseThrow(() -> new NotFoundException("Mapping", mappingId));
    }

    private Map<UUID, LegalInstrument> instrumentsById() {
        return instruments.findAll().stream().collect(Collectors.toMap(LegalInstrument::getId, i -> i));
    }

    private Map<UUID, Provision> provisionsById(Collection<UUID> ids) {
        return provisions.findAllById(new HashSet<>(ids)).stream().collect(Collectors.toMap(Provision::getId, p -> p));
    }

    private static String currentName() {
        return IdentityService.currentUser().map(AccordUser::displayName).orElse("system");
    }

    static String label(LegalInstrument i) {
        return i.getShortTitle() == null || i.getShortTitle().isBlank() ? i.getCode() : i.getShortTitle();
    }

    private static ClauseRef ref(ClauseNode n) {
        return new ClauseRef(n.id(), n.number(), n.title());
    }

    private static ProvisionRef ref(Provision p, Map<UUID, LegalInstrument> instruments) {
        return new ProvisionRef(p.getId(), p.getInstrumentId(), instruments.get(p.getInstrumentId()).getCode(),
                p.getIdentifier(), p.getNumber(), p.getHeading());
    }

    private List<MappingView> views(DraftClauses clauses, List<CrosswalkMapping> list) {
        Map<UUID, Provision> provisionById = provisionsById(list.stream().map(CrosswalkMapping::getProvisionId).toList());
        Map<UUID, LegalInstrument> byId = instrumentsById();
        return list.stream().filter(m -> clauses.byId.containsKey(m.getClauseId()))
                .sorted(Comparator.comparingInt((CrosswalkMapping m) -> clauses.order(m.getClauseId()))
                        .thenComparing(m -> byId.get(provisionById.get(m.getProvisionId()).getInstrumentId()), INSTRUMENT_ORDER)
                        .thenComparingInt(m -> provisionById.get(m.getProvisionId()).getPosition()))
                .map(m -> {
                    Provision p = provisionById.get(m.getProvisionId());
                    LegalInstrument i = byId.get(p.getInstrumentId());
                    ClauseNode n = clauses.require(m.getClauseId());
                    return new MappingView(m.getId(), m.getDraftId(), ref(n), ref(p, byId), label(i), i.getJurisdiction(),
                            i.getBindingNature(), i.getStatus(), m.getRelationship(), m.getRationale(), m.getStrength(),
                            m.getExplanation(), m.getProvenance(), m.getReviewStatus(), m.getAuthorName(),
                            m.getClauseRevision(), n.revision(), m.getUpdatedAt(), m.getVersion());
                }).toList();
    }

    private DraftClauses clauses(UUID draftId) {
        return new DraftClauses(drafting.clauseTree(draftId));
    }

    /** The draft's clause tree flattened, with the clauses that can carry requirements picked out. */
    private static final class DraftClauses {
        final Map<UUID, ClauseNode> byId = new HashMap<>();
        final Map<UUID, Integer> order = new HashMap<>();
        final Map<UUID, Integer> depth = new HashMap<>();
        final List<ClauseNode> mappable = new ArrayList<>();
        final Set<UUID> mappableIds = new HashSet<>();

        DraftClauses(List<ClauseNode> tree) {
            walk(tree, 0, true);
        }

        private void walk(List<ClauseNode> nodes, int level, boolean parentMappable) {
            for (ClauseNode n : nodes) {
                byId.put(n.id(), n);
                order.put(n.id(), order.size());
                depth.put(n.id(), level);
                boolean mappableHere = parentMappable && RequirementClauses.test(n, level);
                if (mappableHere) {
                    mappable.add(n);
                    mappableIds.add(n.id());
                }
                walk(n.children(), level + 1, mappableHere);
            }
        }

        ClauseNode require(UUID id) {
            ClauseNode n = id == null ? null : byId.get(id);
            if (n == null) {
                throw new NotFoundException("Clause", id);
            }
            return n;
        }

        int order(UUID id) {
            return order.getOrDefault(id, Integer.MAX_VALUE);
        }

        int depth(UUID id) {
            return depth.getOrDefault(id, 0);
        }

        List<ClauseNode> mappable() {
            return mappable;
        }

        boolean hasMappableChildren(ClauseNode n) {
            return n.children().stream().map(ClauseNode::id).anyMatch(mappableIds::contains);
        }
    }
}
