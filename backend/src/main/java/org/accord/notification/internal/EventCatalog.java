package org.accord.notification.internal;

import org.accord.balloting.BallotClosed;
import org.accord.balloting.BallotOpened;
import org.accord.commenting.CommentDisposed;
import org.accord.commenting.CommentPeriodOpened;
import org.accord.commenting.CommentResponded;
import org.accord.commenting.CommentedClauseRevised;
import org.accord.crosswalk.MappingsNeedReview;
import org.accord.membership.MemberSeated;
import org.accord.notification.NotificationTopic;
import org.accord.publishing.PublicationPublished;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;

/**
 * Who is notified of which event, and with what: the rules as plain code. Each method turns one domain event (plus
 * names looked up by the caller, e.g. a draft's reference) into envelopes. Event ids are derived from the event's
 * identity, so the same event recorded twice is one notification. Framework-free.
 */
public final class EventCatalog {

    public static final List<Duration> COMMENT_PERIOD_REMINDERS = List.of(Duration.ofHours(72), Duration.ofHours(24));
    public static final List<Duration> BALLOT_REMINDERS = List.of(Duration.ofHours(24));
    public static final List<Duration> SEAT_TERM_REMINDERS = List.of(Duration.ofDays(30));

    private EventCatalog() {
    }

    /** A stable id from the parts that make an event unique. */
    public static UUID id(Object... parts) {
        return UUID.nameUUIDFromBytes(String.join("|", Arrays.stream(parts).map(String::valueOf).toList())
                .getBytes(StandardCharsets.UTF_8));
    }

    public static Envelope ballotOpened(BallotOpened e) {
        return new Envelope(id("ballot-opened", e.ballotId(), e.opensAt()), NotificationTopic.BALLOT_OPENED,
                Map.of("ballot", e.title(), "number", String.valueOf(e.number()), "closesAt", e.closesAt().toString()),
                "/ballots/" + e.workingGroupId(), Audience.of(Audience.Kind.BALLOT_VOTERS, e.ballotId()),
                e.workingGroupId(), null);
    }

    public static Envelope ballotClosing(UUID ballotId, int number, String title, UUID workingGroupId, Instant closesAt,
                                         Duration before) {
        return new Envelope(id("ballot-closing", ballotId, closesAt, before), NotificationTopic.BALLOT_CLOSING,
                Map.of("ballot", title, "number", String.valueOf(number), "closesAt", closesAt.toString(),
                        "hours", String.valueOf(before.toHours())),
                "/ballots/" + workingGroupId, Audience.of(Audience.Kind.BALLOT_VOTERS_WITHOUT_VOTE, ballotId),
                workingGroupId, null);
    }

    public static Envelope ballotClosed(BallotClosed e) {
        return new Envelope(id("ballot-closed", e.ballotId()), NotificationTopic.BALLOT_CLOSED,
                Map.of("ballot", e.title(), "number", String.valueOf(e.number()), "outcome", e.outcome()),
                "/ballots/" + e.workingGroupId(), Audience.of(Audience.Kind.BALLOT_VOTERS, e.ballotId()),
                e.workingGroupId(), null);
    }

    public static Envelope commentPeriodOpened(CommentPeriodOpened e) {
        return new Envelope(id("period-opened", e.periodId()), NotificationTopic.COMMENT_PERIOD_OPENED,
                Map.of("draft", e.draftReference(), "version", e.versionLabel(), "deadlineAt", e.deadline().toString()),
                "/drafts/" + e.draftId(), Audience.of(Audience.Kind.WORKING_GROUP_COMMENTERS, e.workingGroupId()),
                e.workingGroupId(), null);
    }

    public static Envelope commentPeriodClosing(UUID periodId, UUID draftId, UUID workingGroupId, String draftReference,
                                                String versionLabel, Instant deadline, Duration before) {
        return new Envelope(id("period-closing", periodId, deadline, before), NotificationTopic.COMMENT_PERIOD_CLOSING,
                Map.of("draft", draftReference, "version", versionLabel, "deadlineAt", deadline.toString(),
                        "hours", String.valueOf(before.toHours())),
                "/drafts/" + draftId, Audience.of(Audience.Kind.WORKING_GROUP_COMMENTERS, workingGroupId),
                workingGroupId, null);
    }

    public static Envelope commentDisposed(CommentDisposed e, UUID eventInstance, String draftReference,
                                           UUID workingGroupId) {
        return new Envelope(id("disposed", e.commentId(), eventInstance), NotificationTopic.COMMENT_DISPOSED,
                Map.of("comment", e.commentCode(), "draft", draftReference, "resolution", e.resolution()),
                "/drafts/" + e.draftId() + "/clauses/" + e.clauseId(), Audience.users(Set.of(e.authorId())),
                workingGroupId, null);
    }

    /** Replies and support go to the comment's author, never for their own act. */
    public static Optional<Envelope> commentResponded(CommentResponded e, UUID eventInstance, String draftReference,
                                                      String byName, UUID workingGroupId) {
        if (e.authorId() == null || e.authorId().equals(e.byUserId())) {
            return Optional.empty();
        }
        NotificationTopic topic = e.supports() == null ? NotificationTopic.COMMENT_REPLY : NotificationTopic.COMMENT_SUPPORT;
        Map<String, String> params = new HashMap<>(Map.of("comment", e.commentCode(), "draft", draftReference,
                "by", byName == null ? "?" : byName));
        if (e.supports() != null) {
            params.put("supports", String.valueOf(e.supports()));
        }
        return Optional.of(new Envelope(id("responded", e.commentId(), eventInstance), topic, params,
                "/drafts/" + e.draftId() + "/clauses/" + e.clauseId(), Audience.users(Set.of(e.authorId())),
                workingGroupId, e.byUserId()));
    }

    /** Commenters hear of the revision; authors whose anchor got lost hear that instead (one message each, not two). */
    public static List<Envelope> commentedClauseRevised(CommentedClauseRevised e, UUID revisedBy, String draftReference,
                                                        String clauseNumber, UUID workingGroupId) {
        List<Envelope> out = new ArrayList<>();
        Map<String, String> params = Map.of("draft", draftReference, "clause", clauseNumber,
                "revision", String.valueOf(e.revisionNo()));
        String link = "/drafts/" + e.draftId() + "/clauses/" + e.clauseId();
        Set<UUID> revisedOnly = new HashSet<>(e.commenterIds());
        revisedOnly.removeAll(e.outdatedAuthorIds());
        if (!revisedOnly.isEmpty()) {
            out.add(new Envelope(id("clause-revised", e.clauseId(), e.revisionNo()), NotificationTopic.COMMENTED_CLAUSE_REVISED,
                    params, link, Audience.users(revisedOnly), workingGroupId, revisedBy));
        }
        if (!e.outdatedAuthorIds().isEmpty()) {
            out.add(new Envelope(id("anchor-outdated", e.clauseId(), e.revisionNo()), NotificationTopic.COMMENT_ANCHOR_OUTDATED,
                    params, link, Audience.users(e.outdatedAuthorIds()), workingGroupId, revisedBy));
        }
        return out;
    }

    public static Envelope seated(MemberSeated e, String workingGroupName) {
        Map<String, String> params = new HashMap<>(Map.of("workingGroup", workingGroupName));
        if (e.termEnd() != null) {
            params.put("termEnd", e.termEnd().toString());
        }
        return new Envelope(id("seated", e.workingGroupId(), e.userId(), e.termStart()), NotificationTopic.SEATED, params,
                "/seats/" + e.workingGroupId(), Audience.users(Set.of(e.userId())), e.workingGroupId(), null);
    }

    public static Envelope seatTermEnding(UUID workingGroupId, UUID userId, String workingGroupName, LocalDate termEnd) {
        return new Envelope(id("seat-term", workingGroupId, userId, termEnd), NotificationTopic.SEAT_TERM_ENDING,
                Map.of("workingGroup", workingGroupName, "termEnd", termEnd.toString()),
                "/seats/" + workingGroupId, Audience.users(Set.of(userId)), workingGroupId, null);
    }

    public static Envelope publicationPublished(PublicationPublished e) {
        return new Envelope(id("published", e.id()), NotificationTopic.PUBLICATION_PUBLISHED,
                Map.of("reference", e.reference(), "title", e.title(), "edition", String.valueOf(e.edition()),
                        "committee", e.committee()),
                "/standards/" + e.id(), Audience.of(Audience.Kind.COMMITTEE_MEMBERS, e.committee()), null, null);
    }

    public static Envelope mappingsNeedReview(MappingsNeedReview e, UUID revisedBy, String draftReference,
                                              String clauseNumber, UUID workingGroupId) {
        return new Envelope(id("mappings-review", e.clauseId(), e.revisionNo()), NotificationTopic.MAPPING_NEEDS_REVIEW,
                Map.of("draft", draftReference, "clause", clauseNumber, "mappings", String.valueOf(e.mappingIds().size())),
                "/crosswalk/" + e.draftId(), Audience.users(e.authorIds()), workingGroupId, revisedBy);
    }

    /** The recipients of an envelope once its audience is resolved: the actor never hears of their own act. */
    public static Set<UUID> recipients(Envelope envelope, Collection<UUID> resolved) {
        Set<UUID> out = new LinkedHashSet<>(resolved);
        out.remove(null);
        if (envelope.actorId() != null) {
            out.remove(envelope.actorId());
        }
        return out;
    }
}
