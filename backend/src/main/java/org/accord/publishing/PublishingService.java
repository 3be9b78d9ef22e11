package org.accord.publishing;

import org.accord.shared.Problem;
import org.accord.shared.audit.AuditEntry;
import org.accord.shared.audit.AuditKind;
import org.accord.shared.audit.AuditTrail;
import org.accord.balloting.BallotResult;
import org.accord.balloting.BallotService;
import org.accord.balloting.BallotSummary;
import org.accord.commenting.CommentFilter;
import org.accord.commenting.CommentView;
import org.accord.commenting.CommentingService;
import org.accord.crosswalk.CrosswalkInterchange;
import org.accord.crosswalk.MappingService;
import org.accord.drafting.*;
import org.accord.identity.AccordUser;
import org.accord.identity.IdentityService;
import org.accord.membership.MembershipService;
import org.accord.membership.WorkingGroupSummary;
import org.accord.membership.participation.ParticipationReport;
import org.accord.publishing.formats.ParticipationSection;
import org.accord.publishing.PublicationDetail.*;
import org.accord.publishing.internal.*;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.*;
import java.util.stream.Collectors;

/**
 * Publications: the secretariat publishes a frozen version whose approval ballot passed (or overrides, with a
 * published rationale); the snapshot is written once, the formats are generated once in the background, and
 * anyone may read what is published. Withdrawal and supersession are recorded as events; nothing is deleted.
 */
@Service
@Transactional(readOnly = true)
public class PublishingService {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final DraftingService drafting;
    private final VersionService versions;
    private final BallotService ballots;
    private final CommentingService commenting;
    private final MappingService mappings;
    private final CrosswalkInterchange interchange;
    private final MembershipService membership;
    private final Publications publications;
    private final PublicationFormats formats;
    private final PublicationEvents events;
    private final PublicationGenerator generator;
    private final ReaderPage readerPages;

    private final AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher bus;

    PublishingService(DraftingService drafting, VersionService versions, BallotService ballots,
                      CommentingService commenting, MappingService mappings, CrosswalkInterchange interchange,
                      MembershipService membership, Publications publications, PublicationFormats formats,
                      PublicationEvents events, PublicationGenerator generator, ReaderPage readerPages, AuditTrail audit,
                      org.springframework.context.ApplicationEventPublisher bus) {
        this.bus = bus;
        this.audit = audit;
        this.readerPages = readerPages;
        this.drafting = drafting;
        this.versions = versions;
        this.ballots = ballots;
        this.commenting = commenting;
        this.mappings = mappings;
        this.interchange = interchange;
        this.membership = membership;
        this.publications = publications;
        this.formats = formats;
        this.events = events;
        this.generator = generator;
    }

    // ---- publishing (secretariat) ----

    /**
     * Writes the publication's snapshot (text, ballot, comment report, crosswalk, change log) and the Markdown and
     * OSCAL files now; HTML, PDF and NISO STS are generated in the background after commit.
     */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public PublicationSummary publish(NewPublication in) {
        if (in.draftId() == null || in.versionLabel() == null || in.versionLabel().isBlank()) {
            throw new InvalidInputException("publishing.version-required");
        }
        DraftSummary draft = drafting.draft(in.draftId());
        String label = in.versionLabel().trim();
        if (VersionService.CURRENT.equalsIgnoreCase(label)) {
            throw new InvalidInputException("publishing.only-frozen");
        }
        List<ClauseNode> tree;
        try {
            tree = versions.tree(draft.id(), label);
        } catch (NotFoundException e) {
            throw new InvalidInputException("publishing.no-such-version", draft.reference(), label);
        }
        List<Publication> earlier = publications.findByDraftIdOrderByEdition(draft.id());
        earlier.stream().filter(p -> p.getVersionLabel().equals(label) && p.getState() != Publication.State.FAILED)
                .findFirst().ifPresent(p -> {
                    throw new InvalidInputException("publishing.already-published", label, draft.reference(), p.getEdition(), p.getUrn());
                });
        Optional<BallotSummary> ballot = approvalBallot(draft, label);
        boolean passed = ballot.map(b -> "PASSED".equals(b.outcome())).orElse(false);
        String rationale = in.overrideRationale() == null || in.overrideRationale().isBlank() ? null : in.overrideRationale().strip();
        if (!passed && rationale == null) {
            throw new InvalidInputException(ballot.map(b -> Problem.of("publishing.ballot.not-passed", label, b.number(), Problem.of("balloting.outcome." + String.valueOf(b.outcome()).toLowerCase(Locale.ROOT)))).orElse(Problem.of("publishing.ballot.none", label)), List.of());
        }
        if (!passed && rationale.length() < 20) {
            throw new InvalidInputException("publishing.override.rationale");
        }
        WorkingGroupSummary wg = membership.workingGroup(draft.workingGroupId());
        int edition = earlier.stream().filter(p -> p.getState() != Publication.State.FAILED)
                .mapToInt(Publication::getEdition).max().orElse(0) + 1;
        String urn = "urn:accord:std:" + slug(draft.reference()) + ":ed-" + edition + ":" + draft.language();
        Optional<Publication> previous = earlier.stream().filter(p -> p.getState() == Publication.State.PUBLISHED)
                .max(Comparator.comparingInt(Publication::getEdition));
        List<CommentView> comments = commenting.comments(draft.id(), CommentFilter.ALL, 0, 100_000);
        List<CrosswalkRow> crosswalk = mappings.mappings(draft.id()).stream().map(m -> new CrosswalkRow(m.clause().id(),
                m.clause().number(), m.instrumentLabel(), m.jurisdiction(), m.provision().number()
                + (m.provision().heading() == null ? "" : " " + m.provision().heading()), m.relationship().label(),
                m.strength(), m.status().label())).toList();
        Publication p = new Publication(draft.id(), draft.workingGroupId(), wg.committeeReference() + " " + wg.committeeTitle(),
                wg.code() + " " + wg.title(), draft.reference(), draft.title(), draft.language(), edition, urn, label,
                Instant.now(), IdentityService.currentUser().map(AccordUser::displayName).orElse("system"),
                ballot.map(BallotSummary::id).orElse(null), ballot.map(BallotSummary::outcome).orElse(null),
                ballot.map(this::ballotSummary).orElse(null), passed ? null : rationale, JSON.writeValueAsString(tree),
                JSON.writeValueAsString(report(comments)), JSON.writeValueAsString(crosswalk),
                JSON.writeValueAsString(changeLog(previous.map(this::tree).orElse(null), tree, comments)));
        List<ParticipationReport> participation = participation(draft);
        p.withParticipation(JSON.writeValueAsString(participation));
        publications.saveAndFlush(p);
        store(p.getId(), PublicationFormatKind.MD, (versions.exportMarkdown(draft.id(), draft, label)
                + ParticipationSection.markdown(participation)).getBytes(StandardCharsets.UTF_8));
        if (!crosswalk.isEmpty()) {
            store(p.getId(), PublicationFormatKind.OSCAL, interchange.exportOscal(draft.id()).getBytes(StandardCharsets.UTF_8));
        }
        UUID id = p.getId();
        audit.record(AuditEntry.of(AuditKind.PUBLICATION_PUBLISHED, "publication", id, urn).in(draft.workingGroupId(), draft.id())
                .after("version", label, "edition", edition, "ballot", ballot.map(b -> "Ballot " + b.number() + " " + b.outcome()).orElse(null),
                        "overrideRationale", passed ? null : AuditEntry.excerpt(rationale)));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                generator.start(id);
            }
        });
        return summary(p, List.of());
    }

    /**
     * Participation in every comment period on the draft and every closed ballot round on it, oldest first, counts
     * only (a publication names nobody).
     */
    private List<ParticipationReport> participation(DraftSummary draft) {
        List<ParticipationReport> out = new ArrayList<>();
        commenting.periods(draft.id()).reversed()
                .forEach(period -> out.add(commenting.participation(period.id()).withoutPeople()));
        ballots.ballots(draft.workingGroupId()).stream()
                .filter(b -> draft.id().equals(b.draftId()) && "CLOSED".equals(b.status()))
                .sorted(Comparator.comparingInt(BallotSummary::number))
                .forEach(b -> out.add(ballots.participation(b.id()).withoutPeople()));
        return out;
    }

    static List<ParticipationReport> participation(Publication p) {
        return p.getParticipation() == null ? List.of()
                : JSON.readValue(p.getParticipation(), new TypeReference<List<ParticipationReport>>() { });
    }

    /** What the approval ballot on a frozen version says, before publishing: passed, or why an override is needed. */
    public record BallotCheck(boolean passed, String text) {
    }

    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    public BallotCheck ballotCheck(UUID draftId, String versionLabel) {
        DraftSummary draft = drafting.draft(draftId);
        Optional<BallotSummary> ballot = approvalBallot(draft, versionLabel);
        boolean passed = ballot.map(b -> "PASSED".equals(b.outcome())).orElse(false);
        return new BallotCheck(passed, ballot.map(b -> "Ballot " + b.number() + " on " + versionLabel + ": "
                        + String.valueOf(b.outcome()).toLowerCase(Locale.ROOT).replace('_', ' ') + ".")
                .orElse("No closed approval ballot on " + versionLabel + "."));
    }

    private Optional<BallotSummary> approvalBallot(DraftSummary draft, String label) {
        return ballots.ballots(draft.workingGroupId()).stream()
                .filter(b -> draft.id().equals(b.draftId()) && label.equals(b.versionLabel()) && "CLOSED".equals(b.status()))
                .max(Comparator.comparingInt(BallotSummary::number));
    }

    /** Generates the files of a publication whose generation failed, from the same stored snapshot. */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public void retry(UUID publicationId) {
        Publication p = publications.findById(publicationId).orElseThrow(() -> new NotFoundException("Publication", publicationId));
        if (p.getState() != Publication.State.FAILED) {
            throw new InvalidInputException("publishing.retry.only-failed");
        }
        p.retry();
        publications.saveAndFlush(p);
        audit.record(AuditEntry.of(AuditKind.PUBLICATION_RETRIED, "publication", publicationId, p.getUrn())
                .in(p.getWorkingGroupId(), p.getDraftId()).before("state", Publication.State.FAILED).after("state", p.getState()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                generator.start(publicationId);
            }
        });
    }

    /** Withdraws a publication: it stays readable, with a banner giving the reason. */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public void withdraw(UUID publicationId, String reason) {
        Publication p = publications.findById(publicationId).filter(x -> x.getState() == Publication.State.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("Publication", publicationId));
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("publishing.withdraw.reason");
        }
        if (events.findByPublicationIdInOrderByHappenedAt(List.of(p.getId())).stream()
                .anyMatch(e -> e.getKind() == PublicationEvent.Kind.WITHDRAWN)) {
            throw new InvalidInputException("publishing.withdraw.already", p.getUrn());
        }
        events.save(new PublicationEvent(p.getId(), PublicationEvent.Kind.WITHDRAWN, null, reason.strip(), Instant.now(),
                IdentityService.currentUser().map(AccordUser::displayName).orElse("system")));
        UUID id = p.getId();
        audit.record(AuditEntry.of(AuditKind.PUBLICATION_WITHDRAWN, "publication", id, p.getUrn()).in(p.getWorkingGroupId(), p.getDraftId())
                .before("withdrawn", false).after("withdrawn", true, "reason", AuditEntry.excerpt(reason.strip())));
        bus.publishEvent(new PublicationStatusChanged(id));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                readerPages.evict(id);
            }
        });
    }

    /** Every publication including ones being generated or failed, newest first, with generation progress. */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    public List<PublicationSummary> allPublications() {
        List<Publication> all = publications.findAll();
        return summaries(all).stream().sorted(Comparator.comparing(PublicationSummary::publishedAt).reversed()).toList();
    }

    /** Share of the background generation done (0–1), or empty when none is running for it. */
    public OptionalDouble progress(UUID publicationId) {
        return generator.progress(publicationId);
    }

    // ---- public reading (no sign-in) ----

    /** Published standards (current, superseded and withdrawn), filtered by words, committee and status. */
    public List<PublicationSummary> catalogue(String words, String committee, String status) {
        String q = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
        return summaries(publications.findByStateOrderByPublishedAtDesc(Publication.State.PUBLISHED)).stream()
                .filter(s -> q.isEmpty() || (s.reference() + " " + s.title() + " " + s.urn() + " " + s.committee())
                        .toLowerCase(Locale.ROOT).contains(q))
                .filter(s -> committee == null || committee.isBlank() || s.committee().equals(committee))
                .filter(s -> status == null || status.isBlank() || s.status().equalsIgnoreCase(status))
                .toList();
    }

    public PublicationDetail publication(UUID id) {
        Publication p = published(id);
        List<FormatInfo> files = formats.listing(id).stream().map(r -> new FormatInfo((String) r[0], (String) r[1],
                ((Number) r[2]).longValue(), (String) r[3])).toList();
        return new PublicationDetail(summaries(List.of(p)).getFirst(), p.getPublishedBy(), p.getBallotId(),
                p.getBallotSummary(), p.getOverrideRationale(), files,
                JSON.readValue(p.getCommentReport(), new TypeReference<List<CommentReportRow>>() { }),
                JSON.readValue(p.getChangeLog(), new TypeReference<List<ChangeLogEntry>>() { }),
                JSON.readValue(p.getCrosswalk(), new TypeReference<List<CrosswalkRow>>() { }), participation(p));
    }

    /** The published clause tree; clause ids are the draft's, so anchors survive renumbering in later editions. */
    public List<ClauseNode> clauses(UUID id) {
        return tree(published(id));
    }

    public PublicationFile file(UUID id, PublicationFormatKind kind) {
        Publication p = published(id);
        PublicationFormat f = formats.findById(new PublicationFormat.Key(id, kind.code()))
                .orElseThrow(() -> new NotFoundException(Problem.of("notFound.publication-file", kind.code().toUpperCase(Locale.ROOT), id)));
        return new PublicationFile(slug(p.getReference()) + "-ed" + p.getEdition() + "." + kind.extension(),
                f.getMediaType(), f.getBytes(), f.getSha256());
    }

    /** The edition this one follows, if any. */
    public Optional<PublicationSummary> previousEdition(UUID id) {
        Publication p = published(id);
        return summaries(publications.findByDraftIdOrderByEdition(p.getDraftId()).stream()
                .filter(x -> x.getState() == Publication.State.PUBLISHED && x.getEdition() < p.getEdition())
                .toList()).stream().max(Comparator.comparingInt(PublicationSummary::edition));
    }

    /** Clause-by-clause changes against the previous edition (empty for a first edition). */
    public List<DocumentComparison.ClauseChange> changesSincePrevious(UUID id) {
        Publication p = published(id);
        return previousEdition(id).map(prev -> DocumentComparison.compare(entries(clauses(prev.id())), entries(tree(p))))
                .orElse(List.of());
    }

    // ---- helpers ----

    private Publication published(UUID id) {
        return publications.findById(id).filter(p -> p.getState() == Publication.State.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("Publication", id));
    }

    private void store(UUID id, PublicationFormatKind kind, byte[] bytes) {
        formats.save(new PublicationFormat(id, kind.code(), kind.mediaType(), bytes, PublicationGenerator.sha256(bytes)));
    }

    private List<ClauseNode> tree(Publication p) {
        return JSON.readValue(p.getContent(), new TypeReference<List<ClauseNode>>() { });
    }

    private String ballotSummary(BallotSummary b) {
        BallotResult r = ballots.result(b.id());
        return "Ballot " + b.number() + " (" + b.preset() + ", " + b.voters() + " voters, " + b.votersWhoVoted()
                + " voted) closed " + b.closesAt() + ": " + String.valueOf(r.outcome()).toLowerCase(Locale.ROOT).replace('_', ' ')
                + ". " + r.criteria().stream().map(BallotResult.CriterionRow::text).collect(Collectors.joining(" "));
    }

    private static List<CommentReportRow> report(List<CommentView> comments) {
        return comments.stream().filter(c -> c.submittedAt() != null).map(c -> new CommentReportRow(c.commentId(),
                c.clauseRef(), c.memberBody(), c.type().code(), c.justification(), c.proposedChange(),
                c.resolution() == null ? null : c.resolution().label(), c.observation())).toList();
    }

    /** Clause changes since the previous edition (all clauses "added" for a first one is noise: left out), then applied comments. */
    private static List<ChangeLogEntry> changeLog(List<ClauseNode> previous, List<ClauseNode> current, List<CommentView> comments) {
        List<ChangeLogEntry> out = new ArrayList<>();
        if (previous != null) {
            for (DocumentComparison.ClauseChange c : DocumentComparison.compare(entries(previous), entries(current))) {
                if (c.status() == DocumentComparison.Status.UNCHANGED && !c.moved()) {
                    continue;
                }
                String number = c.toNumber() != null ? c.toNumber() : c.fromNumber();
                String what = switch (c.status()) {
                    case ADDED -> "added";
                    case DELETED -> "deleted";
                    case CHANGED -> (c.titleChanged() ? "title " : "") + (c.textChanged() ? "text " : "") + "changed";
                    case UNCHANGED -> "moved";
                } + (c.moved() && c.status() != DocumentComparison.Status.UNCHANGED ? ", moved" : "")
                        + (c.fromNumber() != null && c.toNumber() != null && !c.fromNumber().equals(c.toNumber())
                        ? " (was " + c.fromNumber() + ")" : "");
                out.add(new ChangeLogEntry("clause", c.clauseId(), number, what));
            }
        }
        for (CommentView c : comments) {
            if (c.resolution() != null && c.resolution().accepts() && c.appliedRevision() != null) {
                out.add(new ChangeLogEntry("comment", c.clauseId(), c.clauseRef(), "Comment " + c.commentId() + " ("
                        + c.memberBody() + ") applied: " + (c.proposedChange() == null ? "" : c.proposedChange())));
            }
        }
        return out;
    }

    static List<DocumentComparison.Entry> entries(List<ClauseNode> tree) {
        List<DocumentComparison.Entry> out = new ArrayList<>();
        walk(tree, null, out);
        return out;
    }

    private static void walk(List<ClauseNode> nodes, UUID parent, List<DocumentComparison.Entry> out) {
        for (int i = 0; i < nodes.size(); i++) {
            ClauseNode n = nodes.get(i);
            out.add(new DocumentComparison.Entry(n.id(), parent, i + 1, n.kind(), n.number(), n.title(), n.text()));
            walk(n.children(), n.id(), out);
        }
    }

    static String slug(String reference) {
        return reference.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private List<PublicationSummary> summaries(List<Publication> list) {
        Map<UUID, List<PublicationEvent>> byPublication = events.findByPublicationIdInOrderByHappenedAt(
                list.stream().map(Publication::getId).toList()).stream()
                .collect(Collectors.groupingBy(PublicationEvent::getPublicationId));
        return list.stream().map(p -> summary(p, byPublication.getOrDefault(p.getId(), List.of()))).toList();
    }

    private static PublicationSummary summary(Publication p, List<PublicationEvent> history) {
        String status = switch (p.getState()) {
            case GENERATING -> "generating";
            case FAILED -> "failed";
            case PUBLISHED -> "published";
        };
        UUID supersededBy = null;
        String reason = p.getFailure();
        for (PublicationEvent e : history) {
            if (e.getKind() == PublicationEvent.Kind.SUPERSEDED && !"withdrawn".equals(status)) {
                status = "superseded";
                supersededBy = e.getSupersededBy();
                reason = e.getReason();
            } else if (e.getKind() == PublicationEvent.Kind.WITHDRAWN) {
                status = "withdrawn";
                reason = e.getReason();
            }
        }
        return new PublicationSummary(p.getId(), p.getDraftId(), p.getUrn(), p.getReference(), p.getTitle(),
                p.getCommittee(), p.getWorkingGroup(), p.getEdition(), p.getLanguage(), p.getVersionLabel(),
                p.getPublishedAt(), status, supersededBy, reason, p.getBallotOutcome(), p.getOverrideRationale() != null);
    }
}
