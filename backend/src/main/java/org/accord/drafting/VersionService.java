package org.accord.drafting;

import org.accord.shared.NotAllowedException;
import org.accord.shared.audit.AuditEntry;
import org.accord.shared.audit.AuditKind;
import org.accord.shared.audit.AuditTrail;
import org.accord.drafting.internal.*;
import org.accord.identity.IdentityService;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.*;
import java.util.stream.Collectors;

import static org.accord.drafting.internal.DraftAccess.currentUserId;

/**
 * Numbered document versions ("WD 2", "CD 1"). Freezing stores the tree as pointers to clause
 * revisions — no text is copied — so a version is cheap and the text it shows can never change.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class VersionService {

    public static final String CURRENT = "current";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One clause in a frozen version. */
    record Frozen(UUID id, UUID parentId, int position, ClauseKind kind, AnnexType annexType, int revisionNo) {
    }

    /** One term entry in a frozen version (terms are small: kept whole). */
    record FrozenTerm(UUID id, UUID clauseId, int position, String term, List<String> admitted, String definition,
                      String note, String source) {
    }

    private final DraftVersions versions;
    private final Clauses clauses;
    private final TermEntries terms;
    private final DraftAccess access;
    private final IdentityService identity;
    private final JdbcClient jdbc;

    private final AuditTrail audit;

    VersionService(DraftVersions versions, Clauses clauses, TermEntries terms, DraftAccess access, IdentityService identity,
                   JdbcClient jdbc, AuditTrail audit) {
        this.audit = audit;
        this.versions = versions;
        this.clauses = clauses;
        this.terms = terms;
        this.access = access;
        this.identity = identity;
        this.jdbc = jdbc;
    }

    public List<VersionSummary> versions(UUID draftId) {
        access.readable(draftId);
        List<DraftVersion> all = versions.findByDraftIdOrderBySeq(draftId);
        Map<UUID, String> names = identity.displayNames(all.stream().map(DraftVersion::getCreatedBy).toList());
        return all.stream().map(v -> summary(v, names)).toList();
    }

    /** The label the next version would naturally get: the stage's document abbreviation and a number. */
    public String suggestLabel(UUID draftId) {
        DraftStandard draft = access.readable(draftId);
        String abbreviation = Stage.parse(draft.getStageCode()).abbreviation();
        long n = versions.findByDraftIdOrderBySeq(draftId).stream()
                .filter(v -> v.getLabel().startsWith(abbreviation + " ")).count();
        return abbreviation + " " + (n + 1);
    }

    @Transactional
    public VersionSummary freeze(UUID draftId, String label, String note) {
        DraftStandard draft = access.readable(draftId);
        if (!access.mayEdit(draft)) {
            throw new NotAllowedException("drafting.version.freeze-not-allowed");
        }
        String l = label == null ? "" : label.trim();
        if (l.isEmpty() || l.length() > 40 || l.equalsIgnoreCase(CURRENT)) {
            throw new InvalidInputException("drafting.version.label-invalid");
        }
        if (versions.findByDraftIdAndLabel(draftId, l).isPresent()) {
            throw new InvalidInputException("drafting.version.exists", l);
        }
        List<Clause> live = clauses.findByDraftIdAndDeletedFalse(draftId);
        List<Frozen> structure = live.stream().map(c -> new Frozen(c.getId(), c.getParentId(), c.getPosition(),
                c.getKind(), c.getAnnexType(), c.getRevisionNo())).toList();
        List<FrozenTerm> frozenTerms = terms.findByClauseIdIn(live.stream().map(Clause::getId).toList()).stream()
                .map(t -> new FrozenTerm(t.getId(), t.getClauseId(), t.getPosition(), t.getTerm(), t.getAdmittedTerms(),
                        t.getDefinition(), t.getNote(), t.getSource())).toList();
        DraftVersion v = versions.save(new DraftVersion(draftId, versions.maxSeq(draftId) + 1, l, draft.getStageCode(),
                currentUserId(), note, JSON.writeValueAsString(structure), JSON.writeValueAsString(frozenTerms)));
        audit.record(AuditEntry.of(AuditKind.VERSION_FROZEN, "version", v.getId(), l).in(draft.getWorkingGroupId(), draftId)
                .after("label", l, "stage", draft.getStageCode(), "clauses", structure.size(), "note", note));
        return summary(v, identity.displayNames(Collections.singleton(v.getCreatedBy())));
    }

    /** The clause tree of a version, or of the working text for {@code "current"}. */
    public List<ClauseNode> tree(UUID draftId, String version) {
        access.readable(draftId);
        return toTree(state(draftId, version));
    }

    /** The working text or a version as numbered Markdown (the format the Markdown import reads). */
    public String exportMarkdown(UUID draftId, DraftSummary draft, String version) {
        return new org.accord.drafting.io.MarkdownExporter().export(draft, tree(draftId, version));
    }

    /** Clause-by-clause comparison of two versions (either may be {@code "current"}). */
    public DocumentDiff compare(UUID draftId, String from, String to) {
        access.readable(draftId);
        State a = state(draftId, from);
        State b = state(draftId, to);
        return DocumentDiff.of(a.label, b.label, DocumentComparison.compare(a.entries, b.entries));
    }

    /** A document state: its clauses in reading order, plus terms by clause. */
    private record State(String label, List<DocumentComparison.Entry> entries, Map<UUID, List<TermEntry>> terms,
                         Map<UUID, AnnexType> annexTypes) {
    }

    private State state(UUID draftId, String version) {
        if (version == null || version.isBlank() || version.equalsIgnoreCase(CURRENT)) {
            List<Clause> live = clauses.findByDraftIdAndDeletedFalse(draftId);
            List<Frozen> structure = live.stream().map(c -> new Frozen(c.getId(), c.getParentId(), c.getPosition(),
                    c.getKind(), c.getAnnexType(), c.getRevisionNo())).toList();
            Map<UUID, String[]> text = live.stream().collect(Collectors.toMap(Clause::getId, c -> new String[]{c.getTitle(), c.getBody()}));
            Map<UUID, List<TermEntry>> t = terms.findByClauseIdIn(text.keySet()).stream()
                    .collect(Collectors.groupingBy(TermEntry::getClauseId));
            return state(CURRENT, structure, text, t);
        }
        DraftVersion v = findVersion(draftId, version);
        List<Frozen> structure = JSON.readValue(v.getStructure(), new TypeReference<List<Frozen>>() { });
        List<FrozenTerm> frozenTerms = JSON.readValue(v.getTerms(), new TypeReference<List<FrozenTerm>>() { });
        Map<UUID, List<TermEntry>> t = frozenTerms.stream().map(f -> termEntry(f))
                .collect(Collectors.groupingBy(TermEntry::getClauseId));
        return state(v.getLabel(), structure, revisionTexts(structure), t);
    }

    private static TermEntry termEntry(FrozenTerm f) {
        return TermEntry.restored(f.id(), f.clauseId(), f.position(), f.term(), f.admitted(), f.definition(), f.note(), f.source());
    }

    private State state(String label, List<Frozen> structure, Map<UUID, String[]> text, Map<UUID, List<TermEntry>> t) {
        Map<UUID, String> numbers = ClauseNumbering.number(structure.stream()
                .map(f -> new ClauseNumbering.Node(f.id(), f.parentId(), f.position(), f.kind())).toList());
        Map<UUID, List<Frozen>> byParent = new HashMap<>();
        structure.forEach(f -> byParent.computeIfAbsent(f.parentId(), k -> new ArrayList<>()).add(f));
        byParent.values().forEach(l -> l.sort(Comparator.comparingInt(Frozen::position)));
        List<DocumentComparison.Entry> ordered = new ArrayList<>();
        Map<UUID, AnnexType> annexTypes = new HashMap<>();
        walk(null, byParent, f -> {
            String[] tb = text.getOrDefault(f.id(), new String[]{"", ""});
            ordered.add(new DocumentComparison.Entry(f.id(), f.parentId(), f.position(), f.kind(), numbers.get(f.id()), tb[0], tb[1]));
            if (f.annexType() != null) {
                annexTypes.put(f.id(), f.annexType());
            }
        });
        return new State(label, ordered, t, annexTypes);
    }

    private static void walk(UUID parent, Map<UUID, List<Frozen>> byParent, java.util.function.Consumer<Frozen> visit) {
        for (Frozen f : byParent.getOrDefault(parent, List.of())) {
            visit.accept(f);
            walk(f.id(), byParent, visit);
        }
    }

    /** Title and body of exactly the revisions a version points at, in one query. */
    private Map<UUID, String[]> revisionTexts(List<Frozen> structure) {
        if (structure.isEmpty()) {
            return Map.of();
        }
        UUID[] ids = structure.stream().map(Frozen::id).toArray(UUID[]::new);
        Integer[] nos = structure.stream().map(Frozen::revisionNo).toArray(Integer[]::new);
        Map<UUID, String[]> out = new HashMap<>();
        jdbc.sql("""
                        select r.clause_id, r.title, r.body from clause_revision r
                        join unnest(?::uuid[], ?::int[]) as p(clause_id, revision_no)
                          on r.clause_id = p.clause_id and r.revision_no = p.revision_no""")
                .params(ids, nos)
                .query((rs, i) -> out.put(rs.getObject(1, UUID.class), new String[]{rs.getString(2), rs.getString(3)}))
                .list();
        return out;
    }

    private List<ClauseNode> toTree(State s) {
        Map<UUID, List<DocumentComparison.Entry>> byParent = new LinkedHashMap<>();
        s.entries().forEach(e -> byParent.computeIfAbsent(e.parentId(), k -> new ArrayList<>()).add(e));
        return build(null, byParent, s);
    }

    private List<ClauseNode> build(UUID parent, Map<UUID, List<DocumentComparison.Entry>> byParent, State s) {
        return byParent.getOrDefault(parent, List.of()).stream().map(e -> {
            List<ClauseNode> children = build(e.id(), byParent, s);
            return new ClauseNode(e.id(), e.number(), e.kind(), s.annexTypes().get(e.id()), e.title(), e.body(), 0,
                    DraftingService.termViews(e.number(), children, s.terms().getOrDefault(e.id(), List.of())), children);
        }).toList();
    }

    private DraftVersion findVersion(UUID draftId, String ref) {
        Optional<DraftVersion> byLabel = versions.findByDraftIdAndLabel(draftId, ref.trim());
        if (byLabel.isPresent()) {
            return byLabel.get();
        }
        try {
            return versions.findById(UUID.fromString(ref.trim())).filter(v -> v.getDraftId().equals(draftId))
                    .orElseThrow(() -> new NotFoundException("Version", ref));
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("Version", ref);
        }
    }

    private static VersionSummary summary(DraftVersion v, Map<UUID, String> names) {
        int count = JSON.readValue(v.getStructure(), new TypeReference<List<Frozen>>() { }).size();
        return new VersionSummary(v.getId(), v.getLabel(), v.getSeq(), v.getStageCode(), v.getCreatedAt(),
                names.getOrDefault(v.getCreatedBy(), "system"), v.getNote(), count);
    }
}
