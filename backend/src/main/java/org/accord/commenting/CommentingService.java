package org.accord.commenting;

import org.accord.shared.Problem;
import org.accord.shared.NotAllowedException;
import org.accord.shared.audit.AuditEntry;
import org.accord.shared.audit.AuditKind;
import org.accord.shared.audit.AuditTrail;
import jakarta.persistence.criteria.Predicate;
import org.accord.commenting.internal.*;
import org.accord.drafting.*;
import org.accord.identity.AccordUser;
import org.accord.identity.IdentityService;
import org.accord.membership.MembershipService;
import org.accord.membership.ParticipationDirectory;
import org.accord.membership.participation.ParticipationReport;
import org.accord.membership.Representation;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.accord.shared.security.WorkingGroupAccess;
import org.accord.shared.security.WorkingGroupRole;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.*;

/** Comment periods, comments, threads, support, dispositions and one-click apply: the module's public API. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CommentingService {

    static final int MAX_TEXT = 20_000;
    private static final Set<WorkingGroupRole> MAY_COMMENT =
            EnumSet.of(WorkingGroupRole.CONVENOR, WorkingGroupRole.EDITOR, WorkingGroupRole.DELEGATE, WorkingGroupRole.COMMENTER);
    /** Who a comment period invites: the commenting roles, and a twinned co-convenor with the convenor. */
    private static final Set<WorkingGroupRole> INVITED_TO_COMMENT = EnumSet.of(WorkingGroupRole.CONVENOR,
            WorkingGroupRole.CO_CONVENOR, WorkingGroupRole.EDITOR, WorkingGroupRole.DELEGATE, WorkingGroupRole.COMMENTER);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final CommentPeriods periods;
    private final DraftComments comments;
    private final DispositionChanges dispositions;
    private final CommentReplies replies;
    private final CommentSupports supports;
    private final DraftingService drafting;
    private final RevisionService revisions;
    private final VersionService versions;
    private final MembershipService membership;
    private final IdentityService identity;
    private final WorkingGroupAccess access;
    private final Clock clock;
    private final CommentNumbers numbers;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final ParticipationDirectory participation;

    private final AuditTrail audit;

    CommentingService(CommentNumbers numbers, CommentPeriods periods, DraftComments comments, DispositionChanges dispositions, CommentReplies replies,
                      CommentSupports supports, DraftingService drafting, RevisionService revisions, VersionService versions,
                      MembershipService membership, IdentityService identity, WorkingGroupAccess access, Clock clock,
                      org.springframework.context.ApplicationEventPublisher events, ParticipationDirectory participation, AuditTrail audit) {
        this.audit = audit;
        this.participation = participation;
        this.events = events;
        this.periods = periods;
        this.comments = comments;
        this.dispositions = dispositions;
        this.replies = replies;
        this.supports = supports;
        this.drafting = drafting;
        this.revisions = revisions;
        this.versions = versions;
        this.membership = membership;
        this.identity = identity;
        this.access = access;
        this.clock = clock;
        this.numbers = numbers;
    }

    // ---- comment periods ----

    /** Opens a comment period on a frozen version; the deadline is an instant (stored and compared in UTC). */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
    public CommentPeriodView openPeriod(UUID draftId, String versionLabel, Instant deadline, boolean allowLate, String note) {
        DraftSummary draft = drafting.draft(draftId);
        if (versions.versions(draftId).stream().noneMatch(v -> v.label().equals(versionLabel))) {
            throw new InvalidInputException("commenting.period.needs-frozen", versionLabel);
        }
        if (deadline == null || !deadline.isAfter(clock.instant())) {
            throw new InvalidInputException("commenting.period.deadline-past");
        }
        if (currentPeriod(draftId).isPresent()) {
            throw new InvalidInputException("commenting.period.already-open");
        }
        UUID openedBy = IdentityService.currentUser().map(AccordUser::userId).orElse(null);
        CommentPeriod p = periods.save(new CommentPeriod(draftId, versionLabel, openedBy, deadline, allowLate, note));
        audit.record(AuditEntry.of(AuditKind.COMMENT_PERIOD_OPENED, "comment-period", p.getId(), draft.reference() + " " + versionLabel)
                .in(draft.workingGroupId(), draftId).after("version", versionLabel, "deadline", deadline, "allowLate", allowLate));
        events.publishEvent(new CommentPeriodOpened(p.getId(), draftId, draft.workingGroupId(), draft.reference(),
                versionLabel, deadline));
        return view(p);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
    public void closePeriod(UUID periodId) {
        CommentPeriod p = periods.findById(periodId).orElseThrow(() -> new NotFoundException("Comment period", periodId));
        boolean wasOpen = p.isOpen();
        p.close();
        DraftSummary draft = drafting.draft(p.getDraftId());
        audit.record(AuditEntry.of(AuditKind.COMMENT_PERIOD_CLOSED, "comment-period", periodId, draft.reference() + " "
                + p.getVersionLabel()).in(draft.workingGroupId(), draft.id()).before("open", wasOpen).after("open", false));
    }

    /**
     * Who was invited to comment (members whose role may comment) and who submitted at least one comment in the
     * period, as author or as the organisation lead who submitted it, by constituency, region and Global Majority,
     * with the constituencies nobody commented for. For the secretariat and the working group's convenors.
     */
    public ParticipationReport participation(UUID periodId) {
        CommentPeriod p = periods.findById(periodId).orElseThrow(() -> new NotFoundException("Comment period", periodId));
        DraftSummary draft = drafting.draft(p.getDraftId());
        UUID wg = draft.workingGroupId();
        if (!access.isStaff() && !access.hasAnyRole(wg, WorkingGroupRole.CONVENOR, WorkingGroupRole.CO_CONVENOR)) {
            throw new NotAllowedException("shared.participation-not-allowed");
        }
        Set<UUID> took = new HashSet<>();
        for (DraftComment c : comments.findAll((root, q, cb) -> cb.and(cb.equal(root.get("periodId"), periodId),
                cb.equal(root.get("status"), CommentStatus.SUBMITTED)))) {
            took.add(c.getAuthorId());
            if (c.getSubmittedBy() != null) {
                took.add(c.getSubmittedBy());
            }
        }
        return participation.report(ParticipationReport.COMMENT_PERIOD, p.getId(), "Comments on "
                        + draft.reference() + " " + p.getVersionLabel(),
                participation.invitees(wg, INVITED_TO_COMMENT), took, true);
    }

    /** Whether the caller may read participation reports of this draft's comment periods. */
    public boolean mayViewParticipation(UUID draftId) {
        UUID wg = drafting.draft(draftId).workingGroupId();
        return access.isStaff() || access.hasAnyRole(wg, WorkingGroupRole.CONVENOR, WorkingGroupRole.CO_CONVENOR);
    }

    public List<CommentPeriodView> periods(UUID draftId) {
        drafting.draft(draftId);
        return periods.findByDraftIdOrderByOpenedAtDesc(draftId).stream().map(this::view).toList();
    }

    public Optional<CommentPeriodView> currentPeriod(UUID draftId) {
        return periods.findByDraftIdOrderByOpenedAtDesc(draftId).stream().filter(CommentPeriod::isOpen).findFirst().map(this::view);
    }

    /** Whether the caller may comment on this draft now: an open period and a commenting role. */
    public boolean mayCommentNow(UUID draftId) {
        DraftSummary draft = drafting.draft(draftId);
        return currentPeriod(draftId).isPresent() && mayComment(draft.workingGroupId());
    }

    /** Whether the caller's comments go straight in (no organisation, or its lead) or wait for the lead. */
    public boolean submitsDirectly(UUID draftId) {
        Representation rep = membership.representation(drafting.draft(draftId).workingGroupId(), me());
        return rep.organisation() == null || rep.lead();
    }

    /** The caller's submitted comments that still await a disposition, across drafts they can read. */
    public List<CommentView> myOpenComments() {
        UUID me = me();
        List<DraftComment> mine = comments.findAll((root, q, cb) -> cb.and(cb.equal(root.get("authorId"), me),
                cb.isNull(root.get("resolution"))));
        return views(mine.stream().sorted(Comparator.comparing(DraftComment::getCreatedAt).reversed()).limit(50).toList());
    }

    /** The caller's submitted technical comments on one draft, newest first: the reasons a ballot vote may cite. */
    public List<CommentView> myTechnicalComments(UUID draftId) {
        UUID me = me();
        List<DraftComment> mine = comments.findAll((root, q, cb) -> cb.and(cb.equal(root.get("authorId"), me),
                cb.equal(root.get("draftId"), draftId), cb.equal(root.get("commentType"), CommentType.TE.code()),
                cb.notEqual(root.get("status"), CommentStatus.DRAFT)));
        return views(mine.stream().sorted(Comparator.comparing(DraftComment::getCreatedAt).reversed()).toList());
    }

    // ---- filing and submitting ----

    @Transactional
    public CommentView file(UUID draftId, NewComment c) {
        DraftSummary draft = drafting.draft(draftId);
        requireMayComment(draft.workingGroupId());
        CommentPeriod period = periods.findByDraftIdOrderByOpenedAtDesc(draftId).stream().filter(CommentPeriod::isOpen)
                .findFirst().orElseThrow(() -> new InvalidInputException("commenting.period.none-open", draft.reference()));
        boolean late = checkDeadline(period);
        if (c.clauseId() == null) {
            throw new InvalidInputException("commenting.clause-required");
        }
        if (c.type() == null) {
            throw new InvalidInputException("commenting.type-required");
        }
        String justification = trimmed(c.justification());
        String proposed = blankToNull(c.proposedChange());
        validateText(c.type(), justification, proposed);
        ClauseNode clause = drafting.clause(draftId, c.clauseId());
        TextAnchor anchor = anchorFor(clause, c.quote(), c.quoteStart());

        UUID me = me();
        Representation rep = membership.representation(draft.workingGroupId(), me);
        String code = rep.organisation() != null ? rep.organisation().code() : currentUser().getUsername().toUpperCase(Locale.ROOT);
        DraftComment comment = new DraftComment(draftId, clause.id(), period.getId(), period.getVersionLabel(),
                numbers.next(draftId, code), rep.organisation() == null ? null : rep.organisation().id(), code, me,
                clause.number(), limited(c.lineRef(), 50, "Line number"), limited(c.paragraphRef(), 100, "Paragraph/Figure/Table"),
                c.type(), justification, proposed, anchor, clause.revision());
        comment.writtenIn(c.language() == null || c.language().isBlank() ? draft.language() : ContentLanguages.require(c.language()));
        if (c.submit()) {
            if (rep.organisation() != null && !rep.lead()) {
                throw new InvalidInputException("commenting.lead-submits");
            }
            comment.submit(me, late);
        }
        // Flushed now: a later filing in the same transaction (seed, batch) numbers after it (CommentNumbers reads SQL).
        DraftComment saved = comments.saveAndFlush(comment);
        events.publishEvent(new CommentsChanged(draftId));
        audit.record(AuditEntry.of(AuditKind.COMMENT_FILED, "comment", saved.getId(), displayId(saved)).in(draft.workingGroupId(), draftId)
                .after("clause", clause.number(), "type", c.type().code(), "status", saved.getStatus(), "late", saved.isLate(),
                        "justification", AuditEntry.excerpt(justification), "proposedChange", AuditEntry.excerpt(proposed)));
        return view(saved);
    }

    /** The organisation's lead (or an author who speaks for no organisation) submits a draft comment. */
    @Transactional
    public CommentView submit(UUID commentId) {
        DraftComment c = visible(commentId);
        if (c.getStatus() == CommentStatus.SUBMITTED) {
            throw new InvalidInputException("commenting.already-submitted", displayId(c));
        }
        if (!maySubmit(c)) {
            throw new NotAllowedException("commenting.only-lead-submits", c.getOriginatorCode());
        }
        CommentPeriod period = periods.findById(c.getPeriodId()).orElseThrow();
        if (!period.isOpen()) {
            throw new InvalidInputException("commenting.period.closed");
        }
        c.submit(me(), checkDeadline(period));
        events.publishEvent(new CommentsChanged(c.getDraftId()));
        audit.record(AuditEntry.of(AuditKind.COMMENT_SUBMITTED, "comment", commentId, displayId(c)).in(workingGroupOf(c), c.getDraftId())
                .before("status", CommentStatus.DRAFT).after("status", c.getStatus(), "late", c.isLate()));
        return view(c);
    }

    /** Author or lead edits a comment while it is still an organisation draft. */
    @Transactional
    public CommentView edit(UUID commentId, CommentType type, String justification, String proposedChange, String lineRef,
                            String paragraphRef) {
        DraftComment c = visible(commentId);
        if (c.getStatus() != CommentStatus.DRAFT) {
            throw new InvalidInputException("commenting.submitted-not-edited");
        }
        if (!c.getAuthorId().equals(me()) && !maySubmit(c)) {
            throw new NotAllowedException("commenting.edit-not-allowed");
        }
        String j = trimmed(justification);
        String p = blankToNull(proposedChange);
        validateText(type, j, p);
        AuditEntry was = AuditEntry.of(AuditKind.COMMENT_EDITED, "comment", commentId, displayId(c)).in(workingGroupOf(c), c.getDraftId())
                .before("type", c.getType().code(), "justification", AuditEntry.excerpt(c.getJustification()),
                        "proposedChange", AuditEntry.excerpt(c.getProposedChange()), "lineRef", c.getLineRef(), "paragraphRef", c.getParagraphRef());
        c.edit(limited(lineRef, 50, "Line number"), limited(paragraphRef, 100, "Paragraph/Figure/Table"), type, j, p);
        events.publishEvent(new CommentsChanged(c.getDraftId()));
        audit.record(was.after("type", c.getType().code(), "justification", AuditEntry.excerpt(c.getJustification()),
                "proposedChange", AuditEntry.excerpt(c.getProposedChange()), "lineRef", c.getLineRef(), "paragraphRef", c.getParagraphRef()));
        return view(c);
    }

    // ---- thread and support ----

    @Transactional
    public void reply(UUID commentId, String body) {
        DraftComment c = visibleSubmitted(commentId);
        requireMayComment(workingGroupOf(c));
        String text = trimmed(body);
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new InvalidInputException("commenting.reply.length");
        }
        replies.save(new CommentReply(commentId, me(), text));
        audit.record(AuditEntry.of(AuditKind.COMMENT_REPLIED, "comment", commentId, displayId(c)).in(workingGroupOf(c), c.getDraftId())
                .after("reply", AuditEntry.excerpt(text)));
        events.publishEvent(new CommentResponded(commentId, displayId(c), c.getDraftId(), c.getClauseId(), c.getAuthorId(),
                me(), null));
    }

    /** Marks support (true), no support (false) or withdraws the mark (null). */
    @Transactional
    public void support(UUID commentId, Boolean supports) {
        DraftComment c = visibleSubmitted(commentId);
        requireMayComment(workingGroupOf(c));
        if (c.getAuthorId().equals(me())) {
            throw new InvalidInputException("commenting.support.own");
        }
        this.supports.mark(commentId, me(), supports);
        audit.record(AuditEntry.of(AuditKind.COMMENT_SUPPORT_MARKED, "comment", commentId, displayId(c)).in(workingGroupOf(c), c.getDraftId())
                .after("supports", supports == null ? "withdrawn" : supports));
        if (supports != null) {
            events.publishEvent(new CommentResponded(commentId, displayId(c), c.getDraftId(), c.getClauseId(), c.getAuthorId(),
                    me(), supports));
        }
    }

    // ---- disposition and apply ----

    @Transactional
    public CommentView dispose(UUID commentId, Resolution resolution, String observation) {
        DraftComment c = visibleSubmitted(commentId);
        requireEditor(workingGroupOf(c));
        if (resolution == null) {
            throw new InvalidInputException("commenting.resolution.required");
        }
        String obs = blankToNull(observation);
        if (obs != null && obs.length() > MAX_TEXT) {
            throw new InvalidInputException("commenting.observation.too-long");
        }
        if (c.getAppliedRevision() != null && !resolution.accepts()) {
            throw new InvalidInputException("commenting.reject.already-applied", c.getAppliedRevision());
        }
        AuditEntry was = AuditEntry.of(AuditKind.DISPOSITION_SET, "comment", commentId, displayId(c)).in(workingGroupOf(c), c.getDraftId())
                .before("resolution", c.getResolution(), "observation", AuditEntry.excerpt(c.getObservation()));
        c.resolve(resolution, obs, me());
        dispositions.save(new DispositionChange(commentId, resolution, obs, me()));
        audit.record(was.after("resolution", resolution, "observation", AuditEntry.excerpt(obs)));
        events.publishEvent(new CommentsChanged(c.getDraftId()));
        events.publishEvent(new CommentDisposed(commentId, displayId(c), c.getDraftId(), c.getClauseId(), c.getAuthorId(),
                resolution.name()));
        return view(c);
    }

    /** Applies an accepted comment's proposed change to the current clause text as a new revision. */
    @Transactional
    public ApplyResult apply(UUID commentId) {
        DraftComment c = visibleSubmitted(commentId);
        requireEditor(workingGroupOf(c));
        if (c.getResolution() == null || !c.getResolution().accepts()) {
            throw new InvalidInputException("commenting.apply.only-accepted");
        }
        if (c.getAppliedRevision() != null) {
            throw new InvalidInputException("commenting.apply.already", c.getAppliedRevision());
        }
        TextAnchor anchor = c.anchor();
        if (anchor == null || c.getProposedChange() == null) {
            throw new InvalidInputException("commenting.apply.no-replacement");
        }
        ClauseNode clause = drafting.clause(c.getDraftId(), c.getClauseId());
        ProposedChange.Outcome outcome = ProposedChange.apply(clause.text(), anchor, c.getProposedChange());
        if (outcome instanceof ProposedChange.NotApplicable n) {
            String text = clause.text();
            int from = Math.max(0, n.expectedAt() - 60);
            int to = Math.min(text.length(), n.expectedAt() + 60);
            return new ApplyResult.NotApplicable(n.reason(), n.expectedAt(), text.substring(from, to));
        }
        String newText = ((ProposedChange.Applied) outcome).text();
        SaveResult saved = revisions.revise(c.getDraftId(), c.getClauseId(),
                new ClauseEdit(clause.revision(), null, newText, "Applied comment " + displayId(c)));
        if (saved instanceof SaveResult.Saved s) {
            c.applied(s.revisionNo(), me());
            audit.record(AuditEntry.of(AuditKind.PROPOSED_CHANGE_APPLIED, "comment", commentId, displayId(c))
                    .in(workingGroupOf(c), c.getDraftId()).after("clause", clause.number(), "revision", s.revisionNo()));
            return new ApplyResult.Applied(s.revisionNo(), s.merged());
        }
        return new ApplyResult.NotApplicable("The clause changed while applying; try again", anchor.start(), "");
    }

    // ---- reading ----

    /** Whether {@code commentId} is a submitted technical comment on {@code draftId} by {@code userId} (ballot reasons). */
    @PreAuthorize("isAuthenticated()")
    public boolean isTechnicalCommentBy(UUID commentId, UUID draftId, UUID userId) {
        return comments.findById(commentId)
                .filter(c -> c.getDraftId().equals(draftId) && userId.equals(c.getAuthorId())
                        && c.getType() == CommentType.TE && c.getStatus() != CommentStatus.DRAFT)
                .isPresent();
    }

    public CommentDetail detail(UUID commentId) {
        DraftComment c = visible(commentId);
        Map<UUID, String> names = new HashMap<>();
        List<CommentReply> thread = replies.findByCommentIdOrderByCreatedAt(commentId);
        List<DispositionChange> history = dispositions.findByCommentIdOrderByChangedAt(commentId);
        thread.forEach(r -> names.put(r.getAuthorId(), null));
        history.forEach(h -> names.put(h.getChangedBy(), null));
        names.putAll(identity.displayNames(names.keySet()));
        UUID wg = workingGroupOf(c);
        boolean editor = isEditor(wg);
        boolean submitted = c.getStatus() == CommentStatus.SUBMITTED;
        return new CommentDetail(view(c),
                thread.stream().map(r -> new CommentDetail.Reply(names.getOrDefault(r.getAuthorId(), "someone"), r.getBody(), r.getCreatedAt())).toList(),
                history.stream().map(h -> new CommentDetail.Disposition(h.getResolution(), h.getObservation(),
                        names.getOrDefault(h.getChangedBy(), "someone"), h.getChangedAt())).toList(),
                supports.markOf(commentId, me()).orElse(null),
                submitted && mayComment(wg), submitted && editor,
                submitted && editor && c.getResolution() != null && c.getResolution().accepts() && c.getAppliedRevision() == null
                        && c.getProposedChange() != null && c.anchor() != null,
                !submitted && maySubmit(c));
    }

    /** One page of the comment table, in the template's order (clause order, then originator and number). */
    /**
     * Every comment of a draft with who may see it, for the search index, which applies the same visibility:
     * submitted comments to the working group, drafts to their author and the lead of their organisation.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<CommentSearchEntry> searchEntries(UUID draftId) {
        return comments.findAll((root, q, cb) -> cb.equal(root.get("draftId"), draftId)).stream()
                .map(c -> new CommentSearchEntry(c.getId(), displayId(c), c.getDraftId(), c.getClauseId(), c.getClauseRef(),
                        c.getType().code(), c.getJustification(), c.getProposedChange(), c.getObservation(),
                        c.getStatus() == CommentStatus.SUBMITTED, c.getAuthorId(), c.getOriginatorOrg(), c.getCreatedAt(),
                        c.getLanguage()))
                .toList();
    }

    public List<CommentView> comments(UUID draftId, CommentFilter filter, int offset, int limit) {
        return comments(draftId, filter, CommentSort.TEMPLATE, false, offset, limit);
    }

    /** One page in a chosen order; ties fall back to the template's order. */
    public List<CommentView> comments(UUID draftId, CommentFilter filter, CommentSort sort, boolean descending, int offset, int limit) {
        List<DraftComment> all = visibleComments(draftId, filter);
        Map<UUID, Integer> order = clauseOrder(draftId);
        Comparator<DraftComment> template = Comparator.comparing((DraftComment c) -> order.getOrDefault(c.getClauseId(), Integer.MAX_VALUE))
                .thenComparing(DraftComment::getOriginatorCode).thenComparingInt(DraftComment::getNumber);
        Comparator<DraftComment> primary = switch (sort == null ? CommentSort.TEMPLATE : sort) {
            case TEMPLATE -> template;
            case ORIGINATOR -> Comparator.comparing(DraftComment::getOriginatorCode).thenComparingInt(DraftComment::getNumber);
            case TYPE -> Comparator.comparing(DraftComment::getType);
            case STATUS -> Comparator.comparing((DraftComment c) -> c.getResolution() == null ? -1 : c.getResolution().ordinal());
            case NEWEST -> Comparator.comparing(DraftComment::getCreatedAt);
            case MOST_SUPPORTED -> {
                Map<UUID, int[]> support = supports.counts(all.stream().map(DraftComment::getId).toList());
                yield Comparator.comparingInt((DraftComment c) -> support.getOrDefault(c.getId(), new int[2])[0]);
            }
        };
        Comparator<DraftComment> chosen = descending ? primary.reversed() : primary;
        return all.stream().sorted(chosen.thenComparing(template))
                .skip(Math.max(0, offset)).limit(Math.max(0, limit))
                .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), this::views));
    }

    public int count(UUID draftId, CommentFilter filter) {
        return visibleComments(draftId, filter).size();
    }

    /** Submitted comments per clause, for the badges beside the outline. */
    public Map<UUID, Long> countsByClause(UUID draftId) {
        drafting.draft(draftId);
        Map<UUID, Long> out = new HashMap<>();
        comments.countSubmittedByClause(draftId).forEach(r -> out.put((UUID) r[0], (Long) r[1]));
        return out;
    }

    // ---- the commenting template (xlsx, csv) ----

    /** Writes the submitted comments as the 2012-03 template, streaming. */
    public void exportXlsx(UUID draftId, java.io.OutputStream out) {
        DraftSummary draft = drafting.draft(draftId);
        new org.accord.commenting.template.CommentTemplateWriter().writeXlsx(
                new org.accord.commenting.template.TemplateHeader(java.time.LocalDate.now(clock).toString(), draft.reference()
                        + " — " + draft.title(), draft.reference()), templateRows(draftId), out);
    }

    public void exportCsv(UUID draftId, java.io.Writer out) {
        new org.accord.commenting.template.CommentTemplateWriter().writeCsv(templateRows(draftId), out, true);
    }

    private Iterator<org.accord.commenting.template.TemplateRow> templateRows(UUID draftId) {
        return comments(draftId, new CommentFilter(null, CommentStatus.SUBMITTED, null, null, null, null), 0, Integer.MAX_VALUE)
                .stream().map(c -> new org.accord.commenting.template.TemplateRow(c.memberBody(), c.commentId(),
                        nz(c.lineRef()), nz(c.clauseRef()), nz(c.paragraphRef()), c.type().code(), nz(c.justification()),
                        nz(c.proposedChange()), c.observations(), c.language())).iterator();
    }

    /**
     * Imports a filled-in template (the way national bodies send comments). Rows that cannot be used
     * are listed; valid rows are imported only when there are no errors or the caller confirms.
     */
    @Transactional
    public TemplateImport importXlsx(UUID draftId, java.io.InputStream xlsx, boolean confirmed) {
        DraftSummary draft = drafting.draft(draftId);
        UUID me = me();
        Representation rep = membership.representation(draft.workingGroupId(), me);
        boolean editor = isEditor(draft.workingGroupId());
        if (!access.isStaff() && !editor && !rep.lead()) {
            throw new NotAllowedException("commenting.template.import-not-allowed");
        }
        CommentPeriod period = periods.findByDraftIdOrderByOpenedAtDesc(draftId).stream().filter(CommentPeriod::isOpen)
                .findFirst().orElseThrow(() -> new InvalidInputException("commenting.period.none-open", draft.reference()));
        org.accord.commenting.template.ReadResult read = new org.accord.commenting.template.CommentTemplateReader().read(xlsx);
        // One read of the clause tree serves every row (numbers to map, revisions to anchor against).
        Map<UUID, ClauseNode> clausesById = new HashMap<>();
        flatten(drafting.clauseTree(draftId), clausesById);
        Map<String, UUID> clauseByNumber = new HashMap<>();
        clausesById.values().forEach(n -> clauseByNumber.put(n.number(), n.id()));
        Map<String, UUID> orgByCode = new HashMap<>();
        membership.organisations().forEach(o -> orgByCode.put(o.code(), o.id()));

        List<org.accord.commenting.template.RowError> errors = new ArrayList<>(read.errors());
        List<org.accord.commenting.template.TemplateRow> valid = new ArrayList<>();
        for (org.accord.commenting.template.TemplateRow row : read.rows()) {
            String clauseRef = row.clause() == null ? "" : row.clause().strip();
            if (!clauseByNumber.containsKey(clauseRef)) {
                errors.add(new org.accord.commenting.template.RowError(0, "Clause/ Subclause",
                        Problem.of("commenting.template.row.no-clause", row.mbNcCell(), clauseRef, draft.reference())));
            } else {
                valid.add(row);
            }
        }
        if (!errors.isEmpty() && !confirmed) {
            return new TemplateImport(valid.size(), 0, problems(errors));
        }
        boolean late = clock.instant().isAfter(period.getDeadline());
        for (org.accord.commenting.template.TemplateRow row : valid) {
            UUID clauseId = clauseByNumber.get(row.clause().strip());
            ClauseNode clause = clausesById.get(clauseId);
            String code = row.memberBody() == null || row.memberBody().isBlank()
                    ? (rep.organisation() != null ? rep.organisation().code() : "IMPORT") : row.memberBody().strip();
            DraftComment c = new DraftComment(draftId, clauseId, period.getId(), period.getVersionLabel(),
                    numberFor(draftId, code, row.commentId()), orgByCode.get(code), code, me, clause.number(),
                    blankToNull(row.lineNumber()), blankToNull(row.paragraph()), CommentType.fromCode(row.type()),
                    trimmed(row.comment()), blankToNull(row.proposedChange()), null, clause.revision());
            // The ISO template has no language column: imported comments are taken to be in the draft's language.
            c.writtenIn(draft.language());
            c.submit(me, late);
            c = comments.save(c);
            if (editor && row.observations() != null && !row.observations().isBlank()) {
                Resolution r = resolutionOf(row.observations());
                if (r != null) {
                    String obs = row.observations().substring(r.label().length()).replaceFirst("^[.:]\\s*", "");
                    c.resolve(r, blankToNull(obs), me);
                    dispositions.save(new DispositionChange(c.getId(), r, blankToNull(obs), me));
                }
            }
            audit.record(AuditEntry.of(AuditKind.COMMENT_FILED, "comment", c.getId(), displayId(c)).in(draft.workingGroupId(), draftId)
                    .after("clause", clause.number(), "type", c.getType().code(), "status", c.getStatus(), "imported", true,
                            "resolution", c.getResolution(), "justification", AuditEntry.excerpt(c.getJustification())));
        }
        events.publishEvent(new CommentsChanged(draftId));
        audit.record(AuditEntry.of(AuditKind.COMMENTS_IMPORTED, "draft", draftId, draft.reference()).in(draft.workingGroupId(), draftId)
                .after("comments", valid.size(), "rowsLeftOut", errors.size()));
        return new TemplateImport(valid.size(), valid.size(), problems(errors));
    }

    /** Keeps the number of a row's comment id (e.g. KE-003) when it is free, so a re-import keeps ids. */
    private int numberFor(UUID draftId, String code, String commentId) {
        int next = numbers.next(draftId, code);
        if (commentId != null && commentId.startsWith(code + "-")) {
            try {
                int n = Integer.parseInt(commentId.substring(code.length() + 1));
                return n > 0 && !comments.existsByDraftIdAndOriginatorCodeAndNumber(draftId, code, n) ? n : next;
            } catch (NumberFormatException notNumbered) {
                return next;
            }
        }
        return next;
    }

    private static List<TemplateImport.Problem> problems(List<org.accord.commenting.template.RowError> errors) {
        return errors.stream().map(e -> new TemplateImport.Problem(e.row(), e.column(), e.problem(), e.reason())).toList();
    }

    private static Resolution resolutionOf(String observations) {
        String o = observations.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(Resolution.values()).sorted(Comparator.comparingInt((Resolution r) -> -r.label().length()))
                .filter(r -> o.startsWith(r.label().toLowerCase(Locale.ROOT))).findFirst().orElse(null);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ---- re-anchoring ----

    /** Re-locates the anchors of one clause's comments in its current text; unfound ones become "outdated". */
    @Transactional
    public int reanchor(UUID draftId, UUID clauseId) {
        ClauseNode clause = drafting.clause(draftId, clauseId);
        List<DraftComment> onClause = comments.findByClauseId(clauseId);
        Set<UUID> wereOutdated = outdatedIds(onClause);
        int moved = reanchor(onClause, Map.of(clauseId, clause));
        List<DraftComment> submitted = onClause.stream().filter(c -> c.getStatus() == CommentStatus.SUBMITTED).toList();
        if (!submitted.isEmpty()) {
            List<DraftComment> nowOutdated = submitted.stream().filter(c -> !wereOutdated.contains(c.getId())
                    && AnchorLocator.Status.OUTDATED.name().equals(c.getAnchorStatus())).toList();
            events.publishEvent(new CommentedClauseRevised(draftId, clauseId, clause.revision(),
                    submitted.stream().map(DraftComment::getAuthorId).collect(java.util.stream.Collectors.toSet()),
                    nowOutdated.stream().map(DraftComment::getId).collect(java.util.stream.Collectors.toSet()),
                    nowOutdated.stream().map(DraftComment::getAuthorId).collect(java.util.stream.Collectors.toSet())));
        }
        return moved;
    }

    /** Re-locates every anchor of a draft in the working text (after an import or a bulk change). */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
    public int reanchorAll(UUID draftId, boolean force) {
        Map<UUID, ClauseNode> byId = new HashMap<>();
        flatten(drafting.clauseTree(draftId), byId);
        return reanchor(comments.findByDraftId(draftId), byId, force);
    }

    private static Set<UUID> outdatedIds(List<DraftComment> list) {
        return list.stream().filter(c -> AnchorLocator.Status.OUTDATED.name().equals(c.getAnchorStatus()))
                .map(DraftComment::getId).collect(java.util.stream.Collectors.toSet());
    }

    private int reanchor(List<DraftComment> list, Map<UUID, ClauseNode> clauses) {
        return reanchor(list, clauses, false);
    }

    private int reanchor(List<DraftComment> list, Map<UUID, ClauseNode> clauses, boolean force) {
        int moved = 0;
        for (DraftComment c : list) {
            TextAnchor anchor = c.anchor();
            ClauseNode clause = clauses.get(c.getClauseId());
            if (anchor == null || clause == null || c.getAppliedRevision() != null
                    || (!force && c.getAnchorRevision() != null && c.getAnchorRevision() == clause.revision())) {
                continue;
            }
            AnchorLocator.Result r = AnchorLocator.locate(anchor, clause.text());
            if (r.status() == AnchorLocator.Status.OUTDATED) {
                c.markAnchorOutdated(clause.revision());
            } else {
                c.setAnchor(r.anchor(), clause.revision(), r.status());
            }
            moved++;
        }
        return moved;
    }

    private static void flatten(List<ClauseNode> nodes, Map<UUID, ClauseNode> out) {
        for (ClauseNode n : nodes) {
            out.put(n.id(), n);
            flatten(n.children(), out);
        }
    }

    // ---- helpers ----

    private List<DraftComment> visibleComments(UUID draftId, CommentFilter f) {
        DraftSummary draft = drafting.draft(draftId);
        // The system actor (seed, maintenance) has no account: it sees submitted comments only.
        UUID me = IdentityService.currentUser().map(AccordUser::userId).orElse(null);
        Representation rep = me == null ? new Representation(null, false, Set.of()) : membership.representation(draft.workingGroupId(), me);
        UUID leadOf = rep.lead() && rep.organisation() != null ? rep.organisation().id() : null;
        CommentFilter filter = f == null ? CommentFilter.ALL : f;
        Specification<DraftComment> spec = (root, q, cb) -> {
            List<Predicate> and = new ArrayList<>();
            and.add(cb.equal(root.get("draftId"), draftId));
            Predicate visible = cb.or(cb.equal(root.get("status"), CommentStatus.SUBMITTED),
                    me == null ? cb.disjunction() : cb.equal(root.get("authorId"), me),
                    leadOf == null ? cb.disjunction() : cb.equal(root.get("originatorOrg"), leadOf));
            and.add(visible);
            if (filter.type() != null) and.add(cb.equal(root.get("commentType"), filter.type().code()));
            if (filter.status() != null) and.add(cb.equal(root.get("status"), filter.status()));
            if (Boolean.TRUE.equals(filter.open())) and.add(cb.and(cb.equal(root.get("status"), CommentStatus.SUBMITTED), cb.isNull(root.get("resolution"))));
            if (Boolean.FALSE.equals(filter.open())) and.add(cb.isNotNull(root.get("resolution")));
            if (filter.resolution() != null) and.add(cb.equal(root.get("resolution"), filter.resolution()));
            if (filter.originator() != null && !filter.originator().isBlank()) and.add(cb.equal(root.get("originatorCode"), filter.originator()));
            if (filter.clauseId() != null) and.add(cb.equal(root.get("clauseId"), filter.clauseId()));
            return cb.and(and.toArray(Predicate[]::new));
        };
        return comments.findAll(spec);
    }

    private Map<UUID, Integer> clauseOrder(UUID draftId) {
        Map<UUID, Integer> order = new HashMap<>();
        int i = 0;
        for (UUID id : drafting.clauseNumbers(draftId).keySet()) {
            order.put(id, i++);
        }
        return order;
    }

    private DraftComment visible(UUID commentId) {
        DraftComment c = comments.findById(commentId).orElseThrow(() -> new NotFoundException("Comment", commentId));
        DraftSummary draft = drafting.draft(c.getDraftId());
        if (c.getStatus() == CommentStatus.DRAFT && !c.getAuthorId().equals(me())) {
            Representation rep = membership.representation(draft.workingGroupId(), me());
            if (!(rep.lead() && rep.organisation() != null && rep.organisation().id().equals(c.getOriginatorOrg()))) {
                throw new NotFoundException("Comment", commentId);
            }
        }
        return c;
    }

    private DraftComment visibleSubmitted(UUID commentId) {
        DraftComment c = visible(commentId);
        if (c.getStatus() != CommentStatus.SUBMITTED) {
            throw new InvalidInputException("commenting.still-draft", displayId(c));
        }
        return c;
    }

    private boolean maySubmit(DraftComment c) {
        UUID wg = workingGroupOf(c);
        Representation rep = membership.representation(wg, me());
        if (c.getOriginatorOrg() == null) {
            return c.getAuthorId().equals(me());
        }
        return rep.lead() && rep.organisation() != null && rep.organisation().id().equals(c.getOriginatorOrg());
    }

    private UUID workingGroupOf(DraftComment c) {
        return drafting.draft(c.getDraftId()).workingGroupId();
    }

    private boolean mayComment(UUID wg) {
        return access.isStaff() || access.hasAnyRole(wg, MAY_COMMENT.toArray(WorkingGroupRole[]::new));
    }

    private void requireMayComment(UUID wg) {
        if (!mayComment(wg)) {
            throw new NotAllowedException("commenting.observers-do-not-comment");
        }
    }

    private boolean isEditor(UUID wg) {
        return access.hasAnyRole(wg, WorkingGroupRole.CONVENOR, WorkingGroupRole.EDITOR);
    }

    private void requireEditor(UUID wg) {
        if (!isEditor(wg)) {
            throw new NotAllowedException("commenting.resolve-not-allowed");
        }
    }

    /** @return whether the comment is late; refuses it when the period does not take late comments. */
    private boolean checkDeadline(CommentPeriod period) {
        if (!clock.instant().isAfter(period.getDeadline())) {
            return false;
        }
        if (!period.isAllowLate()) {
            throw new InvalidInputException("commenting.period.closed-on", UTC.format(period.getDeadline()));
        }
        return true;
    }

    private static TextAnchor anchorFor(ClauseNode clause, String quote, Integer start) {
        if (quote == null || quote.isBlank()) {
            return null;
        }
        String q = quote.strip();
        if (q.length() > 2000) {
            throw new InvalidInputException("commenting.selection.too-long");
        }
        int near = start == null ? 0 : start;
        Optional<TextAnchor> exact = TextAnchor.find(clause.text(), q, near);
        if (exact.isPresent()) {
            return exact.get();
        }
        // The selection comes from the rendered text; Markdown marks may sit inside it in the source.
        AnchorLocator.Result r = AnchorLocator.locate(new TextAnchor(q, "", "", near), clause.text());
        if (r.status() == AnchorLocator.Status.OUTDATED) {
            throw new InvalidInputException("commenting.selection.not-in-clause", clause.number());
        }
        return r.anchor();
    }

    private static void validateText(CommentType type, String justification, String proposed) {
        if (type == CommentType.TE && justification.isEmpty()) {
            throw new InvalidInputException("commenting.justification-required");
        }
        if (justification.isEmpty() && proposed == null) {
            throw new InvalidInputException("commenting.empty");
        }
        if (justification.length() > MAX_TEXT || (proposed != null && proposed.length() > MAX_TEXT)) {
            throw new InvalidInputException("commenting.too-long");
        }
    }

    private static String limited(String s, int max, String what) {
        String v = blankToNull(s);
        if (v != null && v.length() > max) {
            throw new InvalidInputException("commenting.field.too-long", Problem.of("commenting.field." + what.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-")), max);
        }
        return v;
    }

    private static String trimmed(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String displayId(DraftComment c) {
        return c.getOriginatorCode() + "-" + String.format("%03d", c.getNumber());
    }

    private static UUID me() {
        return currentUser().userId();
    }

    private static AccordUser currentUser() {
        return IdentityService.currentUser().orElseThrow(() -> new NotAllowedException("commenting.sign-in"));
    }

    private CommentPeriodView view(CommentPeriod p) {
        String by = identity.displayNames(Collections.singleton(p.getOpenedBy())).getOrDefault(p.getOpenedBy(), "system");
        return new CommentPeriodView(p.getId(), p.getDraftId(), p.getVersionLabel(), p.getOpenedAt(), p.getDeadline(),
                p.isAllowLate(), p.isOpen(), by, p.getNote());
    }

    private CommentView view(DraftComment c) {
        return views(List.of(c)).getFirst();
    }

    private List<CommentView> views(List<DraftComment> list) {
        Set<UUID> people = new HashSet<>();
        list.forEach(c -> people.add(c.getAuthorId()));
        Map<UUID, String> names = identity.displayNames(people);
        Map<UUID, String> orgNames = new HashMap<>();
        membership.organisations().forEach(o -> orgNames.put(o.id(), o.name()));
        List<UUID> ids = list.stream().map(DraftComment::getId).toList();
        Map<UUID, int[]> support = supports.counts(ids);
        Map<UUID, Long> replyCounts = new HashMap<>();
        if (!ids.isEmpty()) {
            replies.countByCommentIds(ids).forEach(r -> replyCounts.put((UUID) r[0], (Long) r[1]));
        }
        List<CommentView> out = new ArrayList<>(list.size());
        for (DraftComment c : list) {
            int[] s = support.getOrDefault(c.getId(), new int[2]);
            TextAnchor a = c.anchor();
            out.add(new CommentView(c.getId(), displayId(c), c.getDraftId(), c.getClauseId(), c.getOriginatorCode(),
                    c.getOriginatorOrg() == null ? names.get(c.getAuthorId()) : orgNames.get(c.getOriginatorOrg()),
                    c.getLineRef(), c.getClauseRef(), c.getParagraphRef(), c.getType(), c.getJustification(),
                    c.getProposedChange(), c.getObservation(), c.getResolution(), c.getStatus(), c.isLate(),
                    c.getVersionLabel(), a == null ? null : a.quote(), c.getAnchorStatus(), names.get(c.getAuthorId()),
                    c.getCreatedAt(), c.getSubmittedAt(), c.getAppliedRevision(), s[0], s[1], replyCounts.getOrDefault(c.getId(), 0L),
                    c.getLanguage()));
        }
        return out;
    }
}
