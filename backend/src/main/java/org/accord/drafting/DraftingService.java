package org.accord.drafting;

import org.accord.drafting.internal.*;
import org.accord.identity.AccordUser;
import org.accord.identity.IdentityService;
import org.accord.membership.MembershipService;
import org.accord.membership.WorkingGroupSummary;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.accord.shared.security.WorkingGroupAccess;
import org.accord.shared.security.WorkingGroupRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.*;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Draft standards and their clause trees: the module's public API. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DraftingService {

    private final DraftStandards drafts;
    private final StageChanges stageChanges;
    private final Clauses clauses;
    private final ClauseRevisions revisions;
    private final TermEntries terms;
    private final MembershipService membership;
    private final WorkingGroupAccess access;

    DraftingService(DraftStandards drafts, StageChanges stageChanges, Clauses clauses, ClauseRevisions revisions,
                    TermEntries terms, MembershipService membership, WorkingGroupAccess access) {
        this.drafts = drafts;
        this.stageChanges = stageChanges;
        this.clauses = clauses;
        this.revisions = revisions;
        this.terms = terms;
        this.membership = membership;
        this.access = access;
    }

    @Transactional
    public UUID createDraft(NewDraft draft) {
        WorkingGroupSummary wg = membership.workingGroup(draft.workingGroupId());
        if (!access.isStaff() && !access.hasAnyRole(wg.id(), WorkingGroupRole.CONVENOR)) {
            throw new AccessDeniedException("Only the secretariat or the convenor may create a draft");
        }
        require(draft.reference(), "Reference");
        require(draft.title(), "Title");
        require(draft.language(), "Language");
        Stage stage;
        try {
            stage = Stage.parse(draft.stageCode());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
        if (drafts.findByReference(draft.reference().trim()).isPresent()) {
            throw new InvalidInputException("A draft with reference " + draft.reference() + " exists already");
        }
        DraftStandard saved = drafts.save(new DraftStandard(wg.id(), draft.reference().trim(), draft.title().trim(),
                draft.language().trim(), stage.code()));
        stageChanges.save(new StageChange(saved.getId(), null, stage.code(), currentUserId(), "Draft registered"));
        return saved.getId();
    }

    /** Appends a clause as the last child of {@code parentId} (or at top level when null). */
    @Transactional
    public UUID addClause(UUID draftId, UUID parentId, NewClause clause) {
        DraftStandard draft = editableDraft(draftId);
        if (clause.kind() == null) {
            throw new InvalidInputException("Clause kind is required");
        }
        String body = clause.body() == null ? "" : clause.body();
        if (body.length() > ClauseText.MAX_BODY_CHARS) {
            throw new InvalidInputException("Clause body is " + body.length() / 1000 + " kB; the limit is 200 kB");
        }
        int position;
        if (parentId == null) {
            position = clauses.maxTopLevelPosition(draftId) + 1;
        } else {
            Clause parent = clauses.findById(parentId).filter(c -> c.getDraftId().equals(draftId))
                    .orElseThrow(() -> new NotFoundException("Clause", parentId));
            if (!parent.getKind().isNumberedSection()) {
                throw new InvalidInputException("A " + parent.getKind() + " cannot hold sub-clauses");
            }
            position = clauses.maxChildPosition(parentId) + 1;
        }
        if (clause.kind() == ClauseKind.ANNEX && parentId != null) {
            throw new InvalidInputException("An annex must be a top-level clause");
        }
        AnnexType annexType = clause.kind() == ClauseKind.ANNEX
                ? Optional.ofNullable(clause.annexType()).orElse(AnnexType.INFORMATIVE) : null;
        String title = clause.title() == null ? "" : clause.title().trim();
        if (clause.kind().isNumberedSection() && title.isEmpty()) {
            throw new InvalidInputException("A " + clause.kind().name().toLowerCase(Locale.ROOT) + " clause needs a title");
        }
        Clause saved = clauses.save(new Clause(draftId, parentId, position, clause.kind(), annexType, title, body));
        revisions.save(new ClauseRevision(saved.getId(), 1, title, body, currentUserId(), "Clause created"));
        draft.touch();
        return saved.getId();
    }

    @Transactional
    public UUID addTerm(UUID draftId, UUID termsClauseId, NewTerm term) {
        editableDraft(draftId);
        Clause clause = clauses.findById(termsClauseId).filter(c -> c.getDraftId().equals(draftId))
                .orElseThrow(() -> new NotFoundException("Clause", termsClauseId));
        if (clause.getKind() != ClauseKind.TERMS) {
            throw new InvalidInputException("Terms can only be added to a terms and definitions clause");
        }
        require(term.term(), "Term");
        require(term.definition(), "Definition of " + term.term());
        List<String> admitted = term.admittedTerms() == null ? List.of()
                : term.admittedTerms().stream().filter(s -> s != null && !s.isBlank()).map(String::trim).toList();
        return terms.save(new TermEntry(termsClauseId, terms.maxPosition(termsClauseId) + 1, term.term().trim(),
                admitted, term.definition().trim(), term.note(), term.source())).getId();
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
        return summary(readableDraft(draftId));
    }

    /** The ordered clause tree with derived numbers; bodies are Markdown as typed (render with {@link ClauseText}). */
    public List<ClauseNode> clauseTree(UUID draftId) {
        readableDraft(draftId);
        List<Clause> all = clauses.findByDraftId(draftId);
        Map<UUID, String> numbers = ClauseNumbering.number(all.stream()
                .map(c -> new ClauseNumbering.Node(c.getId(), c.getParentId(), c.getPosition(), c.getKind())).toList());
        Map<UUID, List<TermEntry>> termsByClause = terms.findByClauseIdIn(all.stream()
                        .filter(c -> c.getKind() == ClauseKind.TERMS).map(Clause::getId).toList())
                .stream().collect(Collectors.groupingBy(TermEntry::getClauseId));
        Map<UUID, List<Clause>> byParent = new HashMap<>();
        all.forEach(c -> byParent.computeIfAbsent(c.getParentId(), k -> new ArrayList<>()).add(c));
        byParent.values().forEach(l -> l.sort(Comparator.comparingInt(Clause::getPosition)));
        return build(null, byParent, numbers, termsByClause);
    }

    private List<ClauseNode> build(UUID parentId, Map<UUID, List<Clause>> byParent, Map<UUID, String> numbers,
                                   Map<UUID, List<TermEntry>> termsByClause) {
        return byParent.getOrDefault(parentId, List.of()).stream().map(c -> {
            String number = numbers.get(c.getId());
            List<ClauseNode> children = build(c.getId(), byParent, numbers, termsByClause);
            int offset = (int) children.stream().filter(ch -> ch.kind().isNumberedSection()).count();
            List<TermEntry> entries = termsByClause.getOrDefault(c.getId(), List.of()).stream()
                    .sorted(Comparator.comparingInt(TermEntry::getPosition)).toList();
            List<TermView> termViews = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                TermEntry t = entries.get(i);
                termViews.add(new TermView(t.getId(), number + "." + (offset + i + 1), t.getTerm(), t.getAdmittedTerms(),
                        t.getDefinition(), t.getNote(), t.getSource()));
            }
            return new ClauseNode(c.getId(), number, c.getKind(), c.getAnnexType(), c.getTitle(), c.getBody(),
                    c.getRevisionNo(), termViews, children);
        }).toList();
    }

    private DraftStandard readableDraft(UUID draftId) {
        DraftStandard draft = drafts.findById(draftId).orElseThrow(() -> new NotFoundException("Draft", draftId));
        access.requireRead(draft.getWorkingGroupId());
        return draft;
    }

    private DraftStandard editableDraft(UUID draftId) {
        DraftStandard draft = readableDraft(draftId);
        if (!access.isStaff() && !access.hasAnyRole(draft.getWorkingGroupId(), WorkingGroupRole.CONVENOR, WorkingGroupRole.EDITOR)) {
            throw new AccessDeniedException("Only editors and convenors of the working group may edit this draft");
        }
        if (Stage.parse(draft.getStageCode()).isPublished()) {
            throw new InvalidInputException("Draft " + draft.getReference() + " is published; its text is frozen");
        }
        return draft;
    }

    private DraftSummary summary(DraftStandard d) {
        Stage stage = Stage.parse(d.getStageCode());
        WorkingGroupSummary wg = membership.workingGroup(d.getWorkingGroupId());
        return new DraftSummary(d.getId(), d.getWorkingGroupId(), wg.committeeReference() + "/" + wg.code(),
                d.getReference(), d.getTitle(), d.getLanguage(), stage.code(), stage.abbreviation(), stage.label(),
                clauses.countByDraftId(d.getId()), d.getUpdatedAt());
    }

    private static UUID currentUserId() {
        return IdentityService.currentUser().map(AccordUser::userId).orElse(null);
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(what + " is required");
        }
    }
}
