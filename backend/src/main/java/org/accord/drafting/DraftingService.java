package org.accord.drafting;

import org.accord.shared.Problem;
import org.accord.shared.NotAllowedException;
import org.accord.shared.audit.AuditEntry;
import org.accord.shared.audit.AuditKind;
import org.accord.shared.audit.AuditTrail;
import org.accord.drafting.internal.*;
import org.accord.identity.IdentityService;
import org.accord.membership.MembershipService;
import org.accord.membership.WorkingGroupSummary;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.accord.shared.security.WorkingGroupAccess;
import org.accord.shared.security.WorkingGroupRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.*;
import java.util.stream.Collectors;

import static org.accord.drafting.internal.DraftAccess.currentUserId;

/** Draft standards, their stages and their clause trees: the module's public API. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DraftingService {

    private final DraftStandards drafts;
    private final StageChanges stageChanges;
    private final Clauses clauses;
    private final ClauseRevisions revisions;
    private final TermEntries terms;
    private final DraftVisits visits;
    private final MembershipService membership;
    private final IdentityService identity;
    private final WorkingGroupAccess access;
    private final DraftAccess draftAccess;
    private final ApplicationEventPublisher events;

    private final AuditTrail audit;

    DraftingService(DraftStandards drafts, StageChanges stageChanges, Clauses clauses, ClauseRevisions revisions,
                    TermEntries terms, DraftVisits visits, MembershipService membership, IdentityService identity,
                    WorkingGroupAccess access, DraftAccess draftAccess, ApplicationEventPublisher events, AuditTrail audit) {
        this.audit = audit;
        this.drafts = drafts;
        this.stageChanges = stageChanges;
        this.clauses = clauses;
        this.revisions = revisions;
        this.terms = terms;
        this.visits = visits;
        this.membership = membership;
        this.identity = identity;
        this.access = access;
        this.draftAccess = draftAccess;
        this.events = events;
    }

    @Transactional
    public UUID createDraft(NewDraft draft) {
        WorkingGroupSummary wg = requireDraftCreator(draft.workingGroupId());
        require(draft.reference(), Problem.of("drafting.field.reference"));
        require(draft.title(), Problem.of("drafting.field.title"));
        require(draft.language(), Problem.of("drafting.field.language"));
        Stage stage = parseStage(draft.stageCode());
        if (drafts.findByReference(draft.reference().trim()).isPresent()) {
            throw new InvalidInputException("drafting.draft.exists", draft.reference());
        }
        DraftStandard saved = drafts.save(new DraftStandard(wg.id(), draft.reference().trim(), draft.title().trim(),
                draft.language().trim(), stage.code()));
        stageChanges.save(new StageChange(saved.getId(), null, stage.code(), currentUserId(), "Draft registered"));
        audit.record(AuditEntry.of(AuditKind.DRAFT_CREATED, "draft", saved.getId(), saved.getReference())
                .in(wg.id(), saved.getId()).after("reference", saved.getReference(), "title", saved.getTitle(), "stage", stage.code()));
        return saved.getId();
    }

    /** Appends a clause as the last child of {@code parentId} (or at top level when null). */
    @Transactional
    public UUID addClause(UUID draftId, UUID parentId, NewClause clause) {
        DraftStandard draft = draftAccess.editable(draftId);
        if (clause.kind() == null) {
            throw new InvalidInputException("drafting.clause.kind-required");
        }
        String body = checkedBody(clause.body());
        int position;
        if (parentId == null) {
            position = clauses.maxTopLevelPosition(draftId) + 1;
        } else {
            Clause parent = liveClause(draftId, parentId);
            if (!parent.getKind().isNumberedSection()) {
                throw new InvalidInputException("drafting.clause.cannot-hold", Problem.of("drafting.kind." + parent.getKind().name().toLowerCase(Locale.ROOT)));
            }
            position = clauses.maxChildPosition(parentId) + 1;
        }
        if (clause.kind() == ClauseKind.ANNEX && parentId != null) {
            throw new InvalidInputException("drafting.clause.annex-top-level");
        }
        if (!clause.kind().isNumberedSection() && parentId == null) {
            throw new InvalidInputException("drafting.clause.must-belong", Problem.of("drafting.kind." + clause.kind().name().toLowerCase(Locale.ROOT)));
        }
        AnnexType annexType = clause.kind() == ClauseKind.ANNEX
                ? Optional.ofNullable(clause.annexType()).orElse(AnnexType.INFORMATIVE) : null;
        String title = checkedTitle(clause.kind(), clause.title());
        Clause created = new Clause(draftId, parentId, position, clause.kind(), annexType, title, body);
        created.stampCreatedBy(currentUserId());
        Clause saved = clauses.save(created);
        revisions.save(new ClauseRevision(saved.getId(), 1, title, body, currentUserId(), "Clause created"));
        draft.touch();
        events.publishEvent(new DraftStructureChanged(draftId, currentUserId(), "Clause added: " + title));
        audit.record(AuditEntry.of(AuditKind.CLAUSE_ADDED, "clause", saved.getId(), title).in(draft.getWorkingGroupId(), draftId)
                .after("parent", parentId, "position", position, "kind", clause.kind(), "revision", 1, "text", AuditEntry.excerpt(body)));
        return saved.getId();
    }

    /** Moves a clause with its sub-clauses; numbers of everything around it follow from positions. */
    @Transactional
    public void moveClause(UUID draftId, UUID clauseId, UUID newParentId, int index) {
        DraftStandard draft = draftAccess.editable(draftId);
        List<Clause> all = clauses.findByDraftIdAndDeletedFalse(draftId);
        Map<UUID, Clause> byId = all.stream().collect(Collectors.toMap(Clause::getId, c -> c));
        Clause moved = byId.get(clauseId);
        AuditEntry was = moved == null ? null : AuditEntry.of(AuditKind.CLAUSE_MOVED, "clause", clauseId, moved.getTitle())
                .in(draft.getWorkingGroupId(), draftId).before("parent", moved.getParentId(), "position", moved.getPosition());
        List<ClauseTree.Placement> placements;
        try {
            placements = ClauseTree.move(all.stream()
                    .map(c -> new ClauseTree.Node(c.getId(), c.getParentId(), c.getPosition(), c.getKind())).toList(),
                    clauseId, newParentId, index);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("shared.as-given", e);
        }
        placements.forEach(p -> byId.get(p.id()).placeAt(p.parentId(), p.position()));
        draft.touch();
        events.publishEvent(new DraftStructureChanged(draftId, currentUserId(), "Clause moved: " + byId.get(clauseId).getTitle()));
        audit.record(was.after("parent", moved.getParentId(), "position", moved.getPosition()));
    }

    /** Takes a clause and its sub-clauses out of the current text; versions that hold them keep them. */
    @Transactional
    public void deleteClause(UUID draftId, UUID clauseId) {
        DraftStandard draft = draftAccess.editable(draftId);
        Clause clause = liveClause(draftId, clauseId);
        List<Clause> all = clauses.findByDraftIdAndDeletedFalse(draftId);
        Set<UUID> doomed = ClauseTree.subtree(all.stream()
                .map(c -> new ClauseTree.Node(c.getId(), c.getParentId(), c.getPosition(), c.getKind())).toList(), clauseId);
        all.stream().filter(c -> doomed.contains(c.getId())).forEach(Clause::markDeleted);
        List<Clause> siblings = all.stream()
                .filter(c -> Objects.equals(c.getParentId(), clause.getParentId()) && !doomed.contains(c.getId()))
                .sorted(Comparator.comparingInt(Clause::getPosition)).toList();
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).placeAt(clause.getParentId(), i + 1);
        }
        draft.touch();
        events.publishEvent(new DraftStructureChanged(draftId, currentUserId(), "Clause deleted: " + clause.getTitle()));
        audit.record(AuditEntry.of(AuditKind.CLAUSE_DELETED, "clause", clauseId, clause.getTitle()).in(draft.getWorkingGroupId(), draftId)
                .before("parent", clause.getParentId(), "clausesRemoved", doomed.size()));
    }

    @Transactional
    public UUID addTerm(UUID draftId, UUID termsClauseId, NewTerm term) {
        DraftStandard draft = draftAccess.editable(draftId);
        Clause clause = liveClause(draftId, termsClauseId);
        if (clause.getKind() != ClauseKind.TERMS) {
            throw new InvalidInputException("drafting.term.wrong-clause");
        }
        require(term.term(), Problem.of("drafting.field.term"));
        require(term.definition(), Problem.of("drafting.field.definition-of", term.term()));
        UUID id = terms.save(new TermEntry(termsClauseId, terms.maxPosition(termsClauseId) + 1, term.term().trim(),
                cleanAdmitted(term.admittedTerms()), term.definition().trim(), blankToNull(term.note()),
                blankToNull(term.source()))).getId();
        events.publishEvent(new DraftStructureChanged(draftId, currentUserId(), "Term added: " + term.term()));
        audit.record(AuditEntry.of(AuditKind.TERM_ADDED, "term", id, term.term().trim()).in(draft.getWorkingGroupId(), draftId)
                .after("definition", AuditEntry.excerpt(term.definition().trim())));
        return id;
    }

    @Transactional
    public void updateTerm(UUID draftId, UUID termId, NewTerm term) {
        DraftStandard draft = draftAccess.editable(draftId);
        TermEntry entry = termOf(draftId, termId);
        require(term.term(), Problem.of("drafting.field.term"));
        require(term.definition(), Problem.of("drafting.field.definition-of", term.term()));
        AuditEntry was = AuditEntry.of(AuditKind.TERM_CHANGED, "term", termId, term.term().trim()).in(draft.getWorkingGroupId(), draftId)
                .before("term", entry.getTerm(), "definition", AuditEntry.excerpt(entry.getDefinition()));
        entry.update(term.term().trim(), cleanAdmitted(term.admittedTerms()), term.definition().trim(), blankToNull(term.note()),
                blankToNull(term.source()));
        events.publishEvent(new DraftStructureChanged(draftId, currentUserId(), "Term changed: " + term.term()));
        audit.record(was.after("term", term.term().trim(), "definition", AuditEntry.excerpt(term.definition().trim())));
    }

    @Transactional
    public void removeTerm(UUID draftId, UUID termId) {
        DraftStandard draft = draftAccess.editable(draftId);
        TermEntry entry = termOf(draftId, termId);
        terms.delete(entry);
        events.publishEvent(new DraftStructureChanged(draftId, currentUserId(), "Term removed: " + entry.getTerm()));
        audit.record(AuditEntry.of(AuditKind.TERM_REMOVED, "term", termId, entry.getTerm()).in(draft.getWorkingGroupId(), draftId)
                .before("definition", AuditEntry.excerpt(entry.getDefinition())));
    }

    private TermEntry termOf(UUID draftId, UUID termId) {
        TermEntry entry = terms.findById(termId).orElseThrow(() -> new NotFoundException("Term", termId));
        liveClause(draftId, entry.getClauseId());
        return entry;
    }

    private static List<String> cleanAdmitted(List<String> admitted) {
        return admitted == null ? List.of()
                : admitted.stream().filter(s -> s != null && !s.isBlank()).map(String::trim).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Moves the draft to another harmonized stage. Secretariat only; the reason is kept for the record. */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
    public void changeStage(UUID draftId, String stageCode, String reason) {
        DraftStandard draft = draftAccess.readable(draftId);
        Stage stage = parseStage(stageCode);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("drafting.stage.reason-required");
        }
        if (stage.code().equals(draft.getStageCode())) {
            throw new InvalidInputException("drafting.stage.already", stage.code());
        }
        stageChanges.save(new StageChange(draftId, draft.getStageCode(), stage.code(), currentUserId(), reason.trim()));
        audit.record(AuditEntry.of(AuditKind.STAGE_CHANGED, "draft", draftId, draft.getReference()).in(draft.getWorkingGroupId(), draftId)
                .before("stage", draft.getStageCode()).after("stage", stage.code(), "reason", reason.trim()));
        draft.moveToStage(stage.code());
        events.publishEvent(new DraftStructureChanged(draftId, currentUserId(), "Stage changed to " + stage.code()));
    }

    public List<StageHistoryEntry> stageHistory(UUID draftId) {
        draftAccess.readable(draftId);
        List<StageChange> changes = stageChanges.findByDraftIdOrderByChangedAt(draftId);
        Map<UUID, String> names = identity.displayNames(changes.stream().map(StageChange::getChangedBy).toList());
        return changes.stream().map(c -> new StageHistoryEntry(c.getFromStage(), c.getToStage(),
                Stage.parse(c.getToStage()).label(), names.getOrDefault(c.getChangedBy(), "system"), c.getChangedAt(),
                c.getReason())).toList();
    }

    /** Formats a draft can be imported from. */
    public enum ImportFormat { STS, MARKDOWN }

    private WorkingGroupSummary requireDraftCreator(UUID workingGroupId) {
        WorkingGroupSummary wg = membership.workingGroup(workingGroupId);
        if (!access.isStaff() && !access.hasAnyRole(wg.id(), WorkingGroupRole.CONVENOR)) {
            throw new NotAllowedException("drafting.draft.create-not-allowed");
        }
        return wg;
    }

    /**
     * Creates a draft from a NISO STS XML or numbered-Markdown file, in one transaction: an error
     * anywhere (format, rule, permission) imports nothing and names the element or line.
     */
    @Transactional
    public UUID importDraft(UUID workingGroupId, ImportFormat format, byte[] content, String referenceOverride, String stageCode) {
        requireDraftCreator(workingGroupId); // before parsing: an untrusted file is read only for someone allowed to import it
        if (content == null || content.length == 0) {
            throw new InvalidInputException("shared.file.empty");
        }
        if (content.length > 20 * 1024 * 1024) {
            throw new InvalidInputException("drafting.import.too-large");
        }
        org.accord.drafting.io.ImportedDraft imported = switch (format) {
            case STS -> new org.accord.drafting.io.StsImporter().parse(new java.io.ByteArrayInputStream(content));
            case MARKDOWN -> new org.accord.drafting.io.MarkdownImporter().parse(decodeUtf8(content));
        };
        String reference = referenceOverride != null && !referenceOverride.isBlank() ? referenceOverride.trim() : imported.reference();
        if (reference == null || reference.isBlank()) {
            throw new InvalidInputException("drafting.import.no-reference");
        }
        String language = imported.language() == null || imported.language().isBlank() ? "en" : imported.language();
        UUID draftId = createDraft(new NewDraft(workingGroupId, reference, imported.title(), language,
                stageCode == null || stageCode.isBlank() ? "20.20" : stageCode));
        addImported(draftId, null, imported.clauses());
        audit.record(AuditEntry.of(AuditKind.DRAFT_IMPORTED, "draft", draftId, reference).in(workingGroupId, draftId)
                .after("format", format, "bytes", content.length));
        return draftId;
    }

    private void addImported(UUID draftId, UUID parentId, List<org.accord.drafting.io.ImportedClause> list) {
        for (org.accord.drafting.io.ImportedClause c : list) {
            UUID id = addClause(draftId, parentId, new NewClause(c.kind(), c.annexType(), c.title(), c.body()));
            for (NewTerm t : c.terms()) {
                addTerm(draftId, id, t);
            }
            addImported(draftId, id, c.children());
        }
    }

    private static String decodeUtf8(byte[] bytes) {
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidInputException("drafting.import.not-utf8");
        }
    }

    /** Drafts of the working groups the caller belongs to (all drafts for the secretariat). */
    public List<DraftSummary> drafts() {
        return drafts.findAll().stream()
                .filter(d -> access.canRead(d.getWorkingGroupId()))
                .map(this::summary)
                .sorted(Comparator.comparing(DraftSummary::reference))
                .toList();
    }

    public DraftSummary draft(UUID draftId) {
        return summary(draftAccess.readable(draftId));
    }

    /** Whether the caller may edit this draft's text now (role and stage). */
    public boolean canEdit(UUID draftId) {
        DraftStandard draft = draftAccess.readable(draftId);
        return draftAccess.mayEdit(draft) && !Stage.parse(draft.getStageCode()).isPublished();
    }

    /** The ordered clause tree with derived numbers; bodies are Markdown as typed (render with {@link ClauseText}). */
    public List<ClauseNode> clauseTree(UUID draftId) {
        draftAccess.readable(draftId);
        List<Clause> all = clauses.findByDraftIdAndDeletedFalse(draftId);
        Map<UUID, String> numbers = numbers(all);
        Map<UUID, List<TermEntry>> termsByClause = terms.findByClauseIdIn(all.stream()
                        .filter(c -> c.getKind() == ClauseKind.TERMS).map(Clause::getId).toList())
                .stream().collect(Collectors.groupingBy(TermEntry::getClauseId));
        Map<UUID, List<Clause>> byParent = new HashMap<>();
        all.forEach(c -> byParent.computeIfAbsent(c.getParentId(), k -> new ArrayList<>()).add(c));
        byParent.values().forEach(l -> l.sort(Comparator.comparingInt(Clause::getPosition)));
        return build(null, byParent, numbers, termsByClause);
    }

    /** One clause of the working text (number, title, Markdown body, current revision), without sub-clauses. */
    public ClauseNode clause(UUID draftId, UUID clauseId) {
        draftAccess.readable(draftId);
        List<Clause> all = clauses.findByDraftIdAndDeletedFalse(draftId);
        Clause c = all.stream().filter(x -> x.getId().equals(clauseId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Clause", clauseId));
        return new ClauseNode(c.getId(), numbers(all).get(c.getId()), c.getKind(), c.getAnnexType(), c.getTitle(), c.getBody(),
                c.getRevisionNo(), List.of(), List.of());
    }

    /** Clause id → number, in reading order, for the working text. */
    public LinkedHashMap<UUID, String> clauseNumbers(UUID draftId) {
        draftAccess.readable(draftId);
        LinkedHashMap<UUID, String> ordered = new LinkedHashMap<>();
        collect(clauseTree(draftId), ordered);
        return ordered;
    }

    private static void collect(List<ClauseNode> nodes, Map<UUID, String> out) {
        for (ClauseNode n : nodes) {
            out.put(n.id(), n.number());
            collect(n.children(), out);
        }
    }

    /** References to terms that this draft does not define. */
    public List<TermReferences.Missing> missingTermReferences(UUID draftId) {
        return TermReferences.missing(clauseTree(draftId));
    }

    /**
     * Records that the caller opened the draft now, and returns what others changed since the
     * caller's previous visit (empty on a first visit).
     */
    @Transactional
    public List<ClauseActivity> visit(UUID draftId) {
        draftAccess.readable(draftId);
        UUID me = currentUserId();
        if (me == null) {
            return List.of();
        }
        Optional<Instant> previous = visits.visit(me, draftId, Instant.now());
        return previous.map(since -> changesSince(draftId, since, me)).orElse(List.of());
    }

    private List<ClauseActivity> changesSince(UUID draftId, Instant since, UUID excludeAuthor) {
        List<Clause> all = clauses.findByDraftIdAndDeletedFalse(draftId);
        Map<UUID, String> numbers = numbers(all);
        List<Clause> changed = all.stream()
                .filter(c -> c.getRevisedAt().isAfter(since) && !Objects.equals(c.getRevisedBy(), excludeAuthor))
                .sorted(Comparator.comparing(Clause::getRevisedAt).reversed()).toList();
        Map<UUID, String> names = identity.displayNames(changed.stream().map(Clause::getRevisedBy).toList());
        return changed.stream().map(c -> new ClauseActivity(c.getId(), numbers.get(c.getId()), c.getTitle(),
                c.getRevisionNo(), c.getRevisedAt(), names.getOrDefault(c.getRevisedBy(), "someone"))).toList();
    }

    static Map<UUID, String> numbers(List<Clause> all) {
        return ClauseNumbering.number(all.stream()
                .map(c -> new ClauseNumbering.Node(c.getId(), c.getParentId(), c.getPosition(), c.getKind())).toList());
    }

    private List<ClauseNode> build(UUID parentId, Map<UUID, List<Clause>> byParent, Map<UUID, String> numbers,
                                   Map<UUID, List<TermEntry>> termsByClause) {
        return byParent.getOrDefault(parentId, List.of()).stream().map(c -> {
            String number = numbers.get(c.getId());
            List<ClauseNode> children = build(c.getId(), byParent, numbers, termsByClause);
            return new ClauseNode(c.getId(), number, c.getKind(), c.getAnnexType(), c.getTitle(), c.getBody(),
                    c.getRevisionNo(), termViews(number, children, termsByClause.getOrDefault(c.getId(), List.of())), children);
        }).toList();
    }

    static List<TermView> termViews(String clauseNumber, List<ClauseNode> children, List<TermEntry> entries) {
        int offset = (int) children.stream().filter(ch -> ch.kind().isNumberedSection()).count();
        List<TermEntry> sorted = entries.stream().sorted(Comparator.comparingInt(TermEntry::getPosition)).toList();
        List<TermView> views = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            TermEntry t = sorted.get(i);
            views.add(new TermView(t.getId(), clauseNumber + "." + (offset + i + 1), t.getTerm(), t.getAdmittedTerms(),
                    t.getDefinition(), t.getNote(), t.getSource()));
        }
        return views;
    }

    private Clause liveClause(UUID draftId, UUID clauseId) {
        return clauses.findById(clauseId).filter(c -> c.getDraftId().equals(draftId) && !c.isDeleted())
                .orElseThrow(() -> new NotFoundException("Clause", clauseId));
    }

    private DraftSummary summary(DraftStandard d) {
        Stage stage = Stage.parse(d.getStageCode());
        WorkingGroupSummary wg = membership.workingGroup(d.getWorkingGroupId());
        return new DraftSummary(d.getId(), d.getWorkingGroupId(), wg.committeeReference() + "/" + wg.code(),
                d.getReference(), d.getTitle(), d.getLanguage(), stage.code(), stage.abbreviation(), stage.label(),
                clauses.countByDraftIdAndDeletedFalse(d.getId()), latest(d.getUpdatedAt(), clauses.lastRevisedAt(d.getId())));
    }

    private static Instant latest(Instant a, Instant b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    static Stage parseStage(String code) {
        try {
            return Stage.parse(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("drafting.stage.invalid", code);
        }
    }

    static String checkedBody(String body) {
        String b = body == null ? "" : body;
        if (b.length() > ClauseText.MAX_BODY_CHARS) {
            throw new InvalidInputException("drafting.clause.too-long", b.length() / 1000);
        }
        return b;
    }

    static String checkedTitle(ClauseKind kind, String title) {
        String t = title == null ? "" : title.trim();
        if (kind.isNumberedSection() && t.isEmpty()) {
            throw new InvalidInputException("drafting.clause.title-required", Problem.of("drafting.kind." + kind.name().toLowerCase(Locale.ROOT)));
        }
        if (t.length() > 500) {
            throw new InvalidInputException("drafting.clause.title-too-long");
        }
        return t;
    }

    private static void require(String value, Problem what) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("shared.required", what);
        }
    }
}
