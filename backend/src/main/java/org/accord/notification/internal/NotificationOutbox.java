package org.accord.notification.internal;

import org.accord.balloting.BallotDeadlineChanged;
import org.accord.balloting.BallotClosed;
import org.accord.balloting.BallotOpened;
import org.accord.commenting.CommentDisposed;
import org.accord.commenting.CommentPeriodOpened;
import org.accord.commenting.CommentResponded;
import org.accord.commenting.CommentedClauseRevised;
import org.accord.crosswalk.MappingsNeedReview;
import org.accord.drafting.DraftSummary;
import org.accord.drafting.DraftingService;
import org.accord.identity.IdentityService;
import org.accord.membership.MemberSeated;
import org.accord.membership.MembershipService;
import org.accord.publishing.PublicationPublished;
import org.accord.shared.security.SystemActor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/**
 * The durable outbox between the modules and the people to notify. Synchronous listeners write one row per notifying
 * event in the transaction of the change (so a change and its notification commit or roll back together); who gets it
 * is resolved later by {@link FanOutWorker}. Opening a ballot for 2,000 voters costs the request one insert.
 * Deadlines (comment periods, ballots, seat terms) are recorded for {@link ReminderScheduler}.
 */
@Component
public class NotificationOutbox {

    private final JdbcTemplate jdbc;
    private final DraftingService drafting;
    private final MembershipService membership;
    private final IdentityService identity;
    /** Off: events are not recorded at all (an operator's switch, e.g. during a bulk migration). */
    private volatile boolean enabled;

    NotificationOutbox(JdbcTemplate jdbc, DraftingService drafting, MembershipService membership,
                       IdentityService identity, @Value("${accord.notifications.enabled:true}") boolean enabled) {
        this.enabled = enabled;
        this.jdbc = jdbc;
        this.drafting = drafting;
        this.membership = membership;
        this.identity = identity;
    }

    @EventListener
    void on(BallotOpened e) {
        enqueue(EventCatalog.ballotOpened(e));
        watch("ballot:" + e.ballotId(), e.closesAt(), Map.of("ballotId", e.ballotId().toString(),
                "number", String.valueOf(e.number()), "title", e.title(), "workingGroupId", e.workingGroupId().toString()));
    }

    /** An extended or reopened round gets reminders for its new close. */
    @EventListener
    void on(BallotDeadlineChanged e) {
        watch("ballot:" + e.ballotId(), e.closesAt(), Map.of("ballotId", e.ballotId().toString(),
                "number", String.valueOf(e.number()), "title", e.title(), "workingGroupId", e.workingGroupId().toString()));
    }

    @EventListener
    void on(BallotClosed e) {
        enqueue(EventCatalog.ballotClosed(e));
        jdbc.update("delete from notification_deadline where watch_key = ?", "ballot:" + e.ballotId());
    }

    @EventListener
    void on(CommentPeriodOpened e) {
        enqueue(EventCatalog.commentPeriodOpened(e));
        watch("period:" + e.periodId(), e.deadline(), Map.of("periodId", e.periodId().toString(),
                "draftId", e.draftId().toString(), "workingGroupId", e.workingGroupId().toString(),
                "draft", e.draftReference(), "version", e.versionLabel()));
    }

    @EventListener
    void on(CommentDisposed e) {
        DraftSummary d = draft(e.draftId());
        enqueue(EventCatalog.commentDisposed(e, UUID.randomUUID(), d.reference(), d.workingGroupId()));
    }

    @EventListener
    void on(CommentResponded e) {
        DraftSummary d = draft(e.draftId());
        String by = SystemActor.call("notifications", () -> identity.displayNames(java.util.List.of(e.byUserId()))
                .get(e.byUserId()));
        EventCatalog.commentResponded(e, UUID.randomUUID(), d.reference(), by, d.workingGroupId()).ifPresent(this::enqueue);
    }

    @EventListener
    void on(CommentedClauseRevised e) {
        DraftSummary d = draft(e.draftId());
        String number = SystemActor.call("notifications", () -> drafting.clause(e.draftId(), e.clauseId()).number());
        EventCatalog.commentedClauseRevised(e, actor(), d.reference(), number, d.workingGroupId()).forEach(this::enqueue);
    }

    @EventListener
    void on(MappingsNeedReview e) {
        DraftSummary d = draft(e.draftId());
        String number = SystemActor.call("notifications", () -> drafting.clause(e.draftId(), e.clauseId()).number());
        enqueue(EventCatalog.mappingsNeedReview(e, actor(), d.reference(), number, d.workingGroupId()));
    }

    @EventListener
    void on(MemberSeated e) {
        String name = SystemActor.call("notifications", () -> membership.workingGroup(e.workingGroupId()).label());
        enqueue(EventCatalog.seated(e, name));
        if (e.termEnd() != null) {
            watch("seat:" + e.workingGroupId() + ":" + e.userId(), e.termEnd().atStartOfDay(ZoneOffset.UTC).toInstant(),
                    Map.of("workingGroupId", e.workingGroupId().toString(), "userId", e.userId().toString(),
                            "workingGroup", name, "termEnd", e.termEnd().toString()));
        }
    }

    @EventListener
    void on(PublicationPublished e) {
        enqueue(EventCatalog.publicationPublished(e));
    }

    /** Records one event; the same event id twice is one row (reminders from two nodes, a replayed event). */
    public boolean enqueue(Envelope envelope) {
        if (!enabled) {
            return false;
        }
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.update("insert into notification_event (id, topic, payload, created_at, next_attempt_at) "
                        + "values (?, ?, ?, ?, ?) on conflict (id) do nothing", envelope.eventId(), envelope.topic().name(),
                Json.write(envelope), now, now) == 1;
    }

    private void watch(String key, Instant dueAt, Map<String, String> payload) {
        if (!enabled) {
            return;
        }
        jdbc.update("insert into notification_deadline (watch_key, topic, due_at, payload, watched_since) values (?, ?, ?, ?, ?) "
                        + "on conflict (watch_key) do update set due_at = excluded.due_at, payload = excluded.payload",
                key, key.substring(0, key.indexOf(':')), Timestamp.from(dueAt), Json.write(payload),
                Timestamp.from(Instant.now()));
    }

    private DraftSummary draft(UUID draftId) {
        return SystemActor.call("notifications", () -> drafting.draft(draftId));
    }

    private static UUID actor() {
        UUID id = IdentityService.actorId();
        return SystemActor.ID.equals(id) ? null : id;
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
