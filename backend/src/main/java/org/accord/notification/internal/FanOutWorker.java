package org.accord.notification.internal;

import org.accord.identity.Contact;
import org.accord.identity.IdentityService;
import org.accord.notification.NotificationsChanged;
import org.accord.shared.live.LiveUpdates;
import org.accord.shared.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.*;

/**
 * Turns outbox rows into per-person notifications: resolves the audience, applies each person's preferences and the
 * mandatory topics, writes in-app rows and email deliveries (both unique per event and person, so a row processed
 * twice adds nothing), marks the row done and tells every node's bells ({@link NotificationsChanged}) — all in one
 * transaction per event. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}: several nodes drain in parallel without
 * taking the same event. A failure (e.g. the database hiccups) retries the event with exponential backoff.
 */
@Component
public class FanOutWorker {

    private static final Logger log = LoggerFactory.getLogger(FanOutWorker.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Directory directory;
    private final IdentityService identity;
    private final NotificationStore store;
    private final LiveUpdates live;
    private final MailSettings mail;
    private final Backoff backoff;

    FanOutWorker(JdbcTemplate jdbc, TransactionTemplate tx, Directory directory, IdentityService identity,
                 NotificationStore store, LiveUpdates live, MailSettings mail,
                 @Value("${accord.notifications.retry-first:PT30S}") Duration retryFirst) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.directory = directory;
        this.identity = identity;
        this.store = store;
        this.live = live;
        this.mail = mail;
        this.backoff = new Backoff(retryFirst, Duration.ofHours(6));
    }

    @Scheduled(initialDelayString = "${accord.notifications.fan-out-interval:PT1S}",
            fixedDelayString = "${accord.notifications.fan-out-interval:PT1S}")
    void scheduled() {
        try {
            drain();
        } catch (RuntimeException e) {
            log.warn("Notification fan-out failed; will retry: {}", e.getMessage());
        }
    }

    /** Fans out every due event; returns how many were done. */
    public int drain() {
        int done = 0;
        for (int i = 0; i < 500; i++) {
            try {
                Boolean more = tx.execute(s -> fanOutOne());
                if (!Boolean.TRUE.equals(more)) {
                    break;
                }
                done++;
            } catch (Retry r) {
                Optional<Duration> wait = backoff.after(r.attempts);
                tx.executeWithoutResult(s -> jdbc.update("update notification_event set attempts = ?, last_error = ?, "
                                + "next_attempt_at = ? where id = ?", r.attempts, String.valueOf(r.getCause().getMessage()),
                        // after the last attempt the row stays, parked far ahead, for an operator to see
                        Timestamp.from(Instant.now().plus(wait.orElse(Duration.ofDays(3650)))), r.id));
            }
        }
        return done;
    }

    private boolean fanOutOne() {
        List<Map<String, Object>> rows = jdbc.queryForList("select id, payload, attempts from notification_event "
                + "where fanned_out_at is null and next_attempt_at <= ? order by created_at limit 1 for update skip locked",
                Timestamp.from(Instant.now()));
        if (rows.isEmpty()) {
            return false;
        }
        UUID id = (UUID) rows.getFirst().get("id");
        int attempts = ((Number) rows.getFirst().get("attempts")).intValue();
        try {
            Envelope env = Json.read((String) rows.getFirst().get("payload"), Envelope.class);
            int n = fanOut(env);
            jdbc.update("update notification_event set fanned_out_at = ?, recipients = ?, last_error = null where id = ?",
                    Timestamp.from(Instant.now()), n, id);
        } catch (RuntimeException e) {
            log.warn("Notification event {} not fanned out (attempt {}): {}", id, attempts + 1, e.toString());
            throw new Retry(id, attempts + 1, e);
        }
        return true;
    }

    /** Writes the notifications of one event; returns the number of recipients. */
    int fanOut(Envelope env) {
        long t0 = System.nanoTime();
        Set<UUID> recipients = EventCatalog.recipients(env, directory.resolve(env.audience()));
        if (recipients.isEmpty()) {
            return 0;
        }
        long t1 = System.nanoTime();
        Map<UUID, Contact> contacts = SystemActor.call("notifications", () -> identity.contacts(recipients));
        Map<UUID, Settings> settings = store.settings(recipients);
        boolean mandatory = store.isMandatory(env.topic(), env.workingGroupId());
        Set<String> suspended = store.suspended(contacts.values().stream().map(Contact::email).toList());
        long t2 = System.nanoTime();
        Timestamp now = Timestamp.from(Instant.now());
        String params = Json.write(env.params());
        List<Object[]> inApp = new ArrayList<>();
        List<Object[]> email = new ArrayList<>();
        List<UUID> told = new ArrayList<>();
        for (UUID u : recipients) {
            Contact c = contacts.get(u);
            if (c == null || !c.enabled()) {
                continue;
            }
            Settings s = settings.get(u);
            boolean usable = mail.enabled() && c.email() != null
                    && !suspended.contains(c.email().toLowerCase(Locale.ROOT));
            PreferenceRules.Decision d = PreferenceRules.decide(env.topic(), s.modes(), s.emailEnabled(),
                    mandatory ? EnumSet.of(env.topic()) : Set.of(), usable);
            if (d.inApp()) {
                inApp.add(new Object[]{UUID.randomUUID(), env.eventId(), u, env.topic().name(), params, env.link(), now});
                told.add(u);
            }
            if (d.email() != PreferenceRules.Email.NONE) {
                email.add(new Object[]{env.eventId(), u, "EMAIL", env.topic().name(), params, env.link(),
                        d.email() == PreferenceRules.Email.DIGEST ? "DIGEST" : "PENDING", now, now});
            }
        }
        jdbc.batchUpdate("insert into notification (id, event_id, user_id, topic, params, link, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?) on conflict (event_id, user_id) do nothing", inApp);
        jdbc.batchUpdate("insert into notification_delivery (event_id, user_id, channel, topic, params, link, status, "
                + "next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (event_id, user_id, channel) do nothing", email);
        long t3 = System.nanoTime();
        Map<UUID, Long> unread = store.unread(told);
        live.publishAll(told.stream().map(u -> new NotificationsChanged(u, unread.getOrDefault(u, 0L))).toList());
        if (recipients.size() >= 500) {
            log.info("Event {} ({}) reaches {} people: audience {} ms, contacts and settings {} ms, rows {} ms, live notices {} ms",
                    env.eventId(), env.topic(), recipients.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    (t3 - t2) / 1_000_000, (System.nanoTime() - t3) / 1_000_000);
        }
        return recipients.size();
    }

    /** Carries a failed event out of the transaction (rolled back) so its attempt is recorded in a new one. */
    static final class Retry extends RuntimeException {
        final UUID id;
        final int attempts;

        Retry(UUID id, int attempts, RuntimeException cause) {
            super(cause);
            this.id = id;
            this.attempts = attempts;
        }
    }
}
