package org.accord.notification.internal;

import org.accord.identity.Contact;
import org.accord.identity.EmailAddresses;
import org.accord.identity.IdentityService;
import org.accord.notification.NotificationTopic;
import org.accord.shared.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.*;

/**
 * Sends digests: for each person with waiting items whose digest slot has come (their hour, in their time zone, daily
 * or weekly), one mail with every waiting item. The items are locked ({@code SKIP LOCKED}), the digest row is unique
 * per person and slot, and items are marked with the digest in the same transaction as the send, so nothing is in two
 * digests; a failed send rolls back and the items wait for the next round.
 */
@Component
public class DigestWorker {

    private static final Logger log = LoggerFactory.getLogger(DigestWorker.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final MailSettings settings;
    private final Mailer mailer;
    private final IdentityService identity;
    private final NotificationStore store;

    DigestWorker(JdbcTemplate jdbc, TransactionTemplate tx, MailSettings settings, Mailer mailer, IdentityService identity,
                 NotificationStore store) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.settings = settings;
        this.mailer = mailer;
        this.identity = identity;
        this.store = store;
    }

    @Scheduled(initialDelayString = "${accord.notifications.digest-interval:PT1M}",
            fixedDelayString = "${accord.notifications.digest-interval:PT1M}")
    void scheduled() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("Sending digests failed; will retry: {}", e.getMessage());
        }
    }

    /** Sends every due digest; returns how many. */
    public synchronized int sendDue() {
        if (!settings.enabled()) {
            return 0;
        }
        List<Map<String, Object>> waiting = jdbc.queryForList("select user_id, min(created_at) as oldest "
                + "from notification_delivery where status = 'DIGEST' group by user_id");
        if (waiting.isEmpty()) {
            return 0;
        }
        Map<UUID, Settings> all = store.settings(waiting.stream().map(r -> (UUID) r.get("user_id")).toList());
        Map<UUID, Contact> contacts = SystemActor.call("notifications", () -> identity.contacts(all.keySet()));
        Instant now = Instant.now();
        int sent = 0;
        for (Map<String, Object> w : waiting) {
            UUID user = (UUID) w.get("user_id");
            Settings s = all.get(user);
            Contact c = contacts.get(user);
            ZoneId zone = MessageTexts.zone(c == null ? null : c.timeZone());
            Instant slot = DigestSchedule.latestSlot(s.rhythm(), s.digestHour(), s.digestDay(), zone, now);
            Instant oldest = ((Timestamp) w.get("oldest")).toInstant();
            // items wait for the first slot after they arrived; a slot already served waits for the next
            if (!oldest.isBefore(slot) || !DigestSchedule.due(s.rhythm(), s.digestHour(), s.digestDay(), zone,
                    s.lastDigestSlot(), now)) {
                continue;
            }
            try {
                if (Boolean.TRUE.equals(tx.execute(t -> sendDigest(user, c, slot)))) {
                    sent++;
                }
            } catch (RuntimeException e) {
                log.warn("Digest for user {} not sent; will retry: {}", user, SmtpFailure.of(e).reason());
                SmtpFailure f = SmtpFailure.of(e);
                if (!f.permanent()) {
                    return sent; // the server is likely down: stop this round
                }
                if (c != null) {
                    tx.executeWithoutResult(t -> store.recordBounce(user, c.email(), true, f.reason(), "SMTP"));
                }
            }
        }
        return sent;
    }

    private boolean sendDigest(UUID user, Contact c, Instant slot) {
        List<Map<String, Object>> items = jdbc.queryForList("select id, topic, params, link from notification_delivery "
                + "where user_id = ? and status = 'DIGEST' order by created_at, id for update skip locked", user);
        if (items.isEmpty()) {
            return false;
        }
        List<Long> ids = items.stream().map(r -> ((Number) r.get("id")).longValue()).toList();
        if (c == null || !c.enabled() || !EmailAddresses.isValid(c.email()) || store.isSuspended(c.email())) {
            jdbc.batchUpdate("update notification_delivery set status = 'SKIPPED', last_error = 'no usable address' where id = ?",
                    ids.stream().map(id -> new Object[]{id}).toList());
            return false;
        }
        Long digestId = jdbc.query("insert into notification_digest (user_id, slot, items, sent_at) values (?, ?, ?, ?) "
                        + "on conflict (user_id, slot) do nothing returning id",
                rs -> rs.next() ? rs.getLong(1) : null, user, Timestamp.from(slot), items.size(), Timestamp.from(Instant.now()));
        if (digestId == null) {
            // this slot's digest went out already (another node, or items that arrived after it): next slot
            return false;
        }
        Locale locale = MessageTexts.locale(c.language());
        ZoneId zone = MessageTexts.zone(c.timeZone());
        List<Mailer.Item> lines = new ArrayList<>();
        for (Map<String, Object> r : items) {
            NotificationTopic topic = NotificationTopic.valueOf((String) r.get("topic"));
            Map<String, String> params = Json.params((String) r.get("params"));
            lines.add(new Mailer.Item(MessageTexts.subject(topic, params, locale, zone),
                    MessageTexts.body(topic, params, locale, zone), (String) r.get("link")));
        }
        String subject = MessageTexts.text("digest.subject", Map.of("count", String.valueOf(items.size())), locale, zone);
        String intro = MessageTexts.text("digest.intro", Map.of(), locale, zone);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("update notification_delivery set status = 'SENT', sent_at = ?, digest_id = ? where id = ?",
                ids.stream().map(id -> new Object[]{now, digestId, id}).toList());
        jdbc.update("insert into notification_settings (user_id, last_digest_slot) values (?, ?) "
                + "on conflict (user_id) do update set last_digest_slot = excluded.last_digest_slot", user, Timestamp.from(slot));
        mailer.send(c, subject, intro, lines, "digest" + digestId);
        return true;
    }
}
