package org.accord.notification.internal;

import org.accord.commenting.CommentingService;
import org.accord.membership.SeatService;
import org.accord.shared.NotFoundException;
import org.accord.shared.cluster.ClusterLocks;
import org.accord.shared.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Time-based notifications: "comments due in 72 h / 24 h", "ballot closes in 24 h", "seat term ends in 30 days". One
 * node at a time checks the watched deadlines (a cluster lock); each reminder's event id is derived from the deadline
 * and threshold, so a second run, another node or a restart never sends it twice. Past deadlines are forgotten.
 */
@Component
public class ReminderScheduler {

    private static final Logger log = LoggerFactory.getLogger(ReminderScheduler.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ClusterLocks locks;
    private final NotificationOutbox outbox;
    private final CommentingService commenting;
    private final SeatService seats;

    ReminderScheduler(JdbcTemplate jdbc, TransactionTemplate tx, ClusterLocks locks, NotificationOutbox outbox,
                      CommentingService commenting, SeatService seats) {
        this.seats = seats;
        this.jdbc = jdbc;
        this.tx = tx;
        this.locks = locks;
        this.outbox = outbox;
        this.commenting = commenting;
    }

    @Scheduled(initialDelayString = "${accord.notifications.reminder-interval:PT1M}",
            fixedDelayString = "${accord.notifications.reminder-interval:PT1M}")
    void scheduled() {
        try {
            locks.runExclusively("notification-reminders", () -> remind(Instant.now()));
        } catch (RuntimeException e) {
            log.warn("Deadline reminders failed; will retry: {}", e.getMessage());
        }
    }

    /** Enqueues the reminders due at {@code now}; returns how many new ones. */
    public int remind(Instant now) {
        Integer n = tx.execute(s -> {
            int added = 0;
            jdbc.update("delete from notification_deadline where due_at <= ?", Timestamp.from(now));
            for (Map<String, Object> w : jdbc.queryForList("select watch_key, topic, due_at, payload, watched_since "
                    + "from notification_deadline where due_at <= ?", Timestamp.from(now.plus(Duration.ofDays(31))))) {
                Instant due = ((Timestamp) w.get("due_at")).toInstant();
                Instant since = ((Timestamp) w.get("watched_since")).toInstant();
                Map<String, String> p = Json.params((String) w.get("payload"));
                switch ((String) w.get("topic")) {
                    case "ballot" -> {
                        for (Duration t : Reminders.due(since, due, now, EventCatalog.BALLOT_REMINDERS)) {
                            added += outbox.enqueue(EventCatalog.ballotClosing(UUID.fromString(p.get("ballotId")),
                                    Integer.parseInt(p.get("number")), p.get("title"), UUID.fromString(p.get("workingGroupId")),
                                    due, t)) ? 1 : 0;
                        }
                    }
                    case "period" -> {
                        List<Duration> ts = Reminders.due(since, due, now, EventCatalog.COMMENT_PERIOD_REMINDERS);
                        if (!ts.isEmpty() && periodOpen(UUID.fromString(p.get("draftId")), UUID.fromString(p.get("periodId")))) {
                            for (Duration t : ts) {
                                added += outbox.enqueue(EventCatalog.commentPeriodClosing(UUID.fromString(p.get("periodId")),
                                        UUID.fromString(p.get("draftId")), UUID.fromString(p.get("workingGroupId")),
                                        p.get("draft"), p.get("version"), due, t)) ? 1 : 0;
                            }
                        }
                    }
                    case "seat" -> {
                        List<Duration> ts = Reminders.due(since, due, now, EventCatalog.SEAT_TERM_REMINDERS);
                        if (!ts.isEmpty() && !stillSeated(UUID.fromString(p.get("workingGroupId")),
                                UUID.fromString(p.get("userId")))) {
                            continue;
                        }
                        for (Duration t : ts) {
                            added += outbox.enqueue(EventCatalog.seatTermEnding(UUID.fromString(p.get("workingGroupId")),
                                    UUID.fromString(p.get("userId")), p.get("workingGroup"), LocalDate.parse(p.get("termEnd"))))
                                    ? 1 : 0;
                        }
                    }
                    default -> log.debug("Unknown deadline kind {}", w.get("topic"));
                }
            }
            return added;
        });
        return n == null ? 0 : n;
    }

    /** Someone who left their seat early hears nothing about its term. */
    private boolean stillSeated(UUID workingGroupId, UUID userId) {
        return SystemActor.call("notifications", () -> seats.seatedMembers(workingGroupId)).stream()
                .anyMatch(m -> m.userId().equals(userId));
    }

    /** A period closed early by the secretariat gets no reminders. */
    private boolean periodOpen(UUID draftId, UUID periodId) {
        try {
            return SystemActor.call("notifications", () -> commenting.periods(draftId)).stream()
                    .anyMatch(v -> v.id().equals(periodId) && v.open());
        } catch (NotFoundException e) {
            return false;
        }
    }
}
