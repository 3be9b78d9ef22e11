package org.accord.drafting;

import org.accord.shared.audit.AuditEntry;
import org.accord.shared.audit.AuditKind;
import org.accord.shared.audit.AuditTrail;
import org.accord.drafting.internal.*;
import org.accord.identity.IdentityService;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.accord.drafting.internal.DraftAccess.currentUserId;

/**
 * Clause revisions. A save names the revision it started from; when someone saved in between,
 * non-overlapping changes merge and overlapping ones come back as a conflict. Nothing is lost.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class RevisionService {

    static final int MAX_MESSAGE = 2000;

    private final Clauses clauses;
    private final ClauseRevisions revisions;
    private final DraftAccess access;
    private final IdentityService identity;
    private final ApplicationEventPublisher events;

    private final AuditTrail audit;

    RevisionService(Clauses clauses, ClauseRevisions revisions, DraftAccess access, IdentityService identity,
                    ApplicationEventPublisher events, AuditTrail audit) {
        this.audit = audit;
        this.clauses = clauses;
        this.revisions = revisions;
        this.access = access;
        this.identity = identity;
        this.events = events;
    }

    @Transactional
    public SaveResult revise(UUID draftId, UUID clauseId, ClauseEdit edit) {
        DraftStandard draft = access.editable(draftId);
        // The row lock serialises saves of one clause; saves of different clauses run in parallel.
        Clause clause = clauses.lockById(clauseId).filter(c -> c.getDraftId().equals(draftId) && !c.isDeleted())
                .orElseThrow(() -> new NotFoundException("Clause", clauseId));
        String title = DraftingService.checkedTitle(clause.getKind(), edit.title() == null ? clause.getTitle() : edit.title());
        String body = DraftingService.checkedBody(edit.body());
        String message = edit.message() == null || edit.message().isBlank() ? "Edited" : edit.message().trim();
        if (message.length() > MAX_MESSAGE) {
            throw new InvalidInputException("drafting.revision.message-too-long", MAX_MESSAGE);
        }
        if (edit.baseRevision() < 1 || edit.baseRevision() > clause.getRevisionNo()) {
            throw new InvalidInputException("drafting.revision.no-base", edit.baseRevision());
        }
        boolean merged = false;
        if (edit.baseRevision() != clause.getRevisionNo()) {
            ClauseRevision base = revisions.findByClauseIdAndRevisionNo(clauseId, edit.baseRevision()).orElseThrow();
            String mergedTitle = mergeTitle(base.getTitle(), clause.getTitle(), title);
            ThreeWayMerge.Result result = ThreeWayMerge.merge(base.getBody(), clause.getBody(), body);
            if (mergedTitle == null || result instanceof ThreeWayMerge.Conflict) {
                String author = identity.displayNames(java.util.Collections.singleton(clause.getRevisedBy()))
                        .getOrDefault(clause.getRevisedBy(), "another editor");
                return new SaveResult.Conflict(edit.baseRevision(), clause.getRevisionNo(), author, clause.getTitle(),
                        clause.getBody(), title, body);
            }
            title = mergedTitle;
            body = ((ThreeWayMerge.Merged) result).text();
            merged = true;
        }
        if (title.equals(clause.getTitle()) && body.equals(clause.getBody())) {
            return new SaveResult.Saved(clause.getRevisionNo(), merged, true, title, body);
        }
        UUID me = currentUserId();
        AuditEntry was = AuditEntry.of(AuditKind.CLAUSE_REVISED, "clause", clauseId, title).in(draft.getWorkingGroupId(), draftId)
                .before("revision", clause.getRevisionNo(), "title", clause.getTitle(), "text", AuditEntry.excerpt(clause.getBody()));
        int revisionNo = clause.revise(title, body, me);
        revisions.save(new ClauseRevision(clauseId, revisionNo, title, body, me,
                merged ? message + " (merged with revision " + (revisionNo - 1) + ")" : message));
        // The draft row is not touched: concurrent saves of different clauses must not queue on it.
        String myName = identity.displayNames(java.util.Collections.singleton(me)).getOrDefault(me, "someone");
        events.publishEvent(new ClauseRevised(draftId, clauseId, revisionNo, me, myName, merged));
        audit.record(was.after("revision", revisionNo, "title", title, "text", AuditEntry.excerpt(body), "message", message,
                "merged", merged));
        return new SaveResult.Saved(revisionNo, merged, false, title, body);
    }

    /** Title merge: whichever side changed it wins; both changing it differently is a conflict (null). */
    private static String mergeTitle(String base, String theirs, String mine) {
        if (Objects.equals(mine, theirs) || Objects.equals(mine, base)) {
            return theirs;
        }
        return Objects.equals(theirs, base) ? mine : null;
    }

    /** All revisions of a clause, newest first. */
    public List<RevisionInfo> revisions(UUID draftId, UUID clauseId) {
        checkClause(draftId, clauseId);
        List<ClauseRevision> all = revisions.findByClauseIdOrderByRevisionNoDesc(clauseId);
        Map<UUID, String> names = identity.displayNames(all.stream().map(ClauseRevision::getAuthorId).toList());
        return all.stream().map(r -> new RevisionInfo(r.getRevisionNo(), r.getTitle(), r.getBody(),
                names.getOrDefault(r.getAuthorId(), "system"), r.getCreatedAt(), r.getMessage())).toList();
    }

    /** Word-level redline between two revisions of one clause. */
    public ClauseRedline compare(UUID draftId, UUID clauseId, int from, int to) {
        checkClause(draftId, clauseId);
        ClauseRevision a = revision(clauseId, from);
        ClauseRevision b = revision(clauseId, to);
        return ClauseRedline.of(from, to, a.getTitle(), b.getTitle(), a.getBody(), b.getBody());
    }

    private ClauseRevision revision(UUID clauseId, int no) {
        return revisions.findByClauseIdAndRevisionNo(clauseId, no)
                .orElseThrow(() -> new NotFoundException("Revision", no));
    }

    private void checkClause(UUID draftId, UUID clauseId) {
        access.readable(draftId);
        clauses.findById(clauseId).filter(c -> c.getDraftId().equals(draftId))
                .orElseThrow(() -> new NotFoundException("Clause", clauseId));
    }
}
