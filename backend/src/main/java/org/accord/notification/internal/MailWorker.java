package org.accord.notification.internal;

import org.accord.identity.Contact;
import org.accord.identity.EmailAddresses;
import org.accord.identity.IdentityService;
import org.accord.notification.NotificationTopic;
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
import java.time.ZoneId;
import java.util.*;

/**
 * Sends immediate emails. Deliveries are claimed in batches of {@link #BATCH} with {@code FOR UPDATE SKIP LOCKED} (one
 * node sends each), sent over one SMTP connection while the rows are locked and marked SENT in the same transaction.
 * Delivery is at-least-once with a narrow window: if the node dies after the SMTP server accepted mails of a batch and
 * before the commit, those are sent again after restart; the reverse choice (mark, commit, then send) would lose mail
 * on a crash instead. A transient failure (server down,
 * 4xx) retries that delivery with exponential backoff and pauses this node's sending for as long; a 5xx rejection is a
 * hard bounce: recorded, not retried.
 */
@Component
public class MailWorker {

    private static final Logger log = LoggerFactory.getLogger(MailWorker.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final MailSettings settings;
    private final Mailer mailer;
    private final IdentityService identity;
    private final NotificationStore store;
    private final Backoff backoff;
    private volatile Instant pausedUntil = Instant.MIN;

    MailWorker(JdbcTemplate jdbc, TransactionTemplate tx, MailSettings settings, Mailer mailer, IdentityService identity,
               NotificationStore store, @Value("${accord.notifications.retry-first:PT30S}") Duration retryFirst) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.settings = settings;
        this.mailer = mailer;
        this.identity = identity;
        this.store = store;
        this.backoff = new Backoff(retryFirst, Duration.ofHours(6));
    }

    @Scheduled(initialDelayString = "${accord.notifications.send-interval:PT2S}",
            fixedDelayString = "${accord.notifications.send-interval:PT2S}")
    void scheduled() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("Sending notification emails failed; will retry: {}", e.getMessage());
        }
    }

    /** Sends every due email (until the SMTP server fails); returns how many went out. */
    public synchronized int sendDue() {
        if (!settings.enabled() || Instant.now().isBefore(pausedUntil)) {
            return 0;
        }
        int[] sent = {0};
        while (true) {
            Outcome o = tx.execute(s -> sendBatch(sent));
            if (o != Outcome.SENT) {
                return sent[0];
            }
        }
    }

    enum Outcome { NONE, SENT, TRANSIENT }

    /** Up to this many deliveries go over one SMTP connection, in one transaction. */
    static final int BATCH = 50;

    private Outcome sendBatch(int[] counter) {
        List<Map<String, Object>> rows = jdbc.queryForList("select id, user_id, topic, params, link, attempts "
                + "from notification_delivery where status = 'PENDING' and next_attempt_at <= ? order by id limit ? "
                + "for update skip locked", Timestamp.from(Instant.now()), BATCH);
        if (rows.isEmpty()) {
            return Outcome.NONE;
        }
        Map<UUID, Contact> contacts = SystemActor.call("notifications", () -> identity.contacts(
                rows.stream().map(r -> (UUID) r.get("user_id")).collect(java.util.stream.Collectors.toSet())));
        Set<String> suspended = store.suspended(contacts.values().stream().map(Contact::email).toList());
        Map<jakarta.mail.internet.MimeMessage, Map<String, Object>> batch = new LinkedHashMap<>();
        for (Map<String, Object> r : rows) {
            long id = ((Number) r.get("id")).longValue();
            Contact c = contacts.get((UUID) r.get("user_id"));
            if (c == null || !c.enabled() || !EmailAddresses.isValid(c.email())
                    || suspended.contains(c.email().toLowerCase(Locale.ROOT))) {
                jdbc.update("update notification_delivery set status = 'SKIPPED', last_error = ? where id = ?",
                        "no usable address", id);
                continue;
            }
            NotificationTopic topic = NotificationTopic.valueOf((String) r.get("topic"));
            Map<String, String> params = Json.params((String) r.get("params"));
            Locale locale = MessageTexts.locale(c.language());
            ZoneId zone = MessageTexts.zone(c.timeZone());
            String subject = MessageTexts.subject(topic, params, locale, zone);
            batch.put(mailer.build(c, subject, null, List.of(new Mailer.Item(subject,
                    MessageTexts.body(topic, params, locale, zone), (String) r.get("link"))), "d" + id), r);
        }
        Map<Object, Exception> failed = new HashMap<>();
        RuntimeException whole = null;
        try {
            mailer.sendAll(new ArrayList<>(batch.keySet()));
        } catch (org.springframework.mail.MailSendException e) {
            failed.putAll(e.getFailedMessages());
            if (failed.isEmpty()) {
                whole = e;
            }
        } catch (RuntimeException e) {
            whole = e; // e.g. authentication refused: nothing went out
        }
        Outcome outcome = Outcome.SENT;
        Timestamp now = Timestamp.from(Instant.now());
        for (Map.Entry<jakarta.mail.internet.MimeMessage, Map<String, Object>> m : batch.entrySet()) {
            Map<String, Object> r = m.getValue();
            long id = ((Number) r.get("id")).longValue();
            UUID userId = (UUID) r.get("user_id");
            Exception error = whole != null ? whole : failed.get(m.getKey());
            if (error == null) {
                jdbc.update("update notification_delivery set status = 'SENT', sent_at = ?, attempts = attempts + 1, "
                        + "last_error = null where id = ?", now, id);
                counter[0]++;
                continue;
            }
            SmtpFailure f = SmtpFailure.of(error);
            int attempts = ((Number) r.get("attempts")).intValue() + 1;
            if (f.permanent()) {
                store.recordBounce(userId, contacts.get(userId).email(), true, f.reason(), "SMTP");
                jdbc.update("update notification_delivery set status = 'BOUNCED', attempts = ?, last_error = ? where id = ?",
                        attempts, f.reason(), id);
                log.info("Email to user {} bounced: {}", userId, f.reason());
                continue;
            }
            Optional<Duration> wait = backoff.after(attempts);
            jdbc.update("update notification_delivery set attempts = ?, last_error = ?, next_attempt_at = ?, status = ? "
                            + "where id = ?", attempts, f.reason(), Timestamp.from(Instant.now().plus(wait.orElse(Duration.ZERO))),
                    wait.isPresent() ? "PENDING" : "FAILED", id);
            if (outcome != Outcome.TRANSIENT) {
                pausedUntil = Instant.now().plus(wait.orElse(Duration.ZERO));
                log.warn("Email not sent (attempt {}), retrying in {}: {}", attempts, wait.orElse(null), f.reason());
            }
            outcome = Outcome.TRANSIENT;
        }
        return outcome;
    }
}
