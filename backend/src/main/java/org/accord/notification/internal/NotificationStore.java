package org.accord.notification.internal;

import org.accord.notification.*;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.*;

/** The module's tables: settings, mandatory topics, in-app notifications, bounces. */
@Component
public class NotificationStore {

    private final JdbcTemplate jdbc;
    private final int maxHardBounces;

    NotificationStore(JdbcTemplate jdbc, @Value("${accord.notifications.max-hard-bounces:3}") int maxHardBounces) {
        this.jdbc = jdbc;
        this.maxHardBounces = maxHardBounces;
    }

    public int maxHardBounces() {
        return maxHardBounces;
    }

    // ---------------------------------------------------------------- settings

    public Map<UUID, Settings> settings(Collection<UUID> users) {
        Map<UUID, Settings> out = new HashMap<>();
        if (users.isEmpty()) {
            return out;
        }
        UUID[] ids = users.toArray(UUID[]::new);
        jdbc.query(con -> {
            var ps = con.prepareStatement("select user_id, rhythm, digest_hour, digest_day, email_enabled, last_digest_slot "
                    + "from notification_settings where user_id = any(?)");
            ps.setArray(1, con.createArrayOf("uuid", ids));
            return ps;
        }, rs -> {
            Timestamp last = rs.getTimestamp(6);
            out.put(rs.getObject(1, UUID.class), new Settings(DigestRhythm.valueOf(rs.getString(2)), rs.getInt(3),
                    DayOfWeek.valueOf(rs.getString(4)), rs.getBoolean(5), new EnumMap<>(NotificationTopic.class),
                    last == null ? null : last.toInstant()));
        });
        jdbc.query(con -> {
            var ps = con.prepareStatement("select user_id, topic, mode from notification_preference where user_id = any(?)");
            ps.setArray(1, con.createArrayOf("uuid", ids));
            return ps;
        }, rs -> {
            UUID u = rs.getObject(1, UUID.class);
            try {
                out.computeIfAbsent(u, k -> Settings.defaults()).modes()
                        .put(NotificationTopic.valueOf(rs.getString(2)), EmailMode.valueOf(rs.getString(3)));
            } catch (IllegalArgumentException ignored) {
                // a topic this version no longer knows
            }
        });
        for (UUID u : users) {
            out.putIfAbsent(u, Settings.defaults());
        }
        return out;
    }

    public Settings settings(UUID user) {
        return settings(List.of(user)).get(user);
    }

    public void save(UUID user, Settings s) {
        jdbc.update("insert into notification_settings (user_id, rhythm, digest_hour, digest_day, email_enabled) "
                        + "values (?, ?, ?, ?, ?) on conflict (user_id) do update set rhythm = excluded.rhythm, "
                        + "digest_hour = excluded.digest_hour, digest_day = excluded.digest_day, email_enabled = excluded.email_enabled",
                user, s.rhythm().name(), s.digestHour(), s.digestDay().name(), s.emailEnabled());
        jdbc.update("delete from notification_preference where user_id = ?", user);
        jdbc.batchUpdate("insert into notification_preference (user_id, topic, mode) values (?, ?, ?)",
                s.modes().entrySet().stream().filter(e -> e.getValue() != e.getKey().defaultMode())
                        .map(e -> new Object[]{user, e.getKey().name(), e.getValue().name()}).toList());
    }

    public void setEmailEnabled(UUID user, boolean enabled) {
        jdbc.update("insert into notification_settings (user_id, email_enabled) values (?, ?) "
                + "on conflict (user_id) do update set email_enabled = excluded.email_enabled", user, enabled);
    }

    // ---------------------------------------------------------------- mandatory topics

    public List<MandatoryTopic> mandatoryTopics() {
        return jdbc.query("select id, topic, working_group_id from notification_mandatory order by topic",
                (rs, i) -> new MandatoryTopic(rs.getObject(1, UUID.class), NotificationTopic.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class)));
    }

    /** Whether a topic is mandatory for an event of this working group (platform-wide rules count for every group). */
    public boolean isMandatory(NotificationTopic topic, UUID workingGroupId) {
        return mandatoryTopics().stream().anyMatch(m -> m.topic() == topic
                && (m.workingGroupId() == null || m.workingGroupId().equals(workingGroupId)));
    }

    /** Topics mandatory for someone in these working groups. */
    public Set<NotificationTopic> mandatoryFor(Collection<UUID> workingGroups) {
        Set<NotificationTopic> out = EnumSet.noneOf(NotificationTopic.class);
        mandatoryTopics().stream().filter(m -> m.workingGroupId() == null || workingGroups.contains(m.workingGroupId()))
                .forEach(m -> out.add(m.topic()));
        return out;
    }

    public MandatoryTopic addMandatory(NotificationTopic topic, UUID workingGroupId) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into notification_mandatory (id, topic, working_group_id) values (?, ?, ?) on conflict do nothing",
                id, topic.name(), workingGroupId);
        return mandatoryTopics().stream().filter(m -> m.topic() == topic && Objects.equals(m.workingGroupId(), workingGroupId))
                .findFirst().orElseThrow();
    }

    public boolean removeMandatory(UUID id) {
        return jdbc.update("delete from notification_mandatory where id = ?", id) == 1;
    }

    // ---------------------------------------------------------------- bounces

    /** Addresses (lower case) with at least the maximum number of hard bounces: no more mail until the address changes. */
    public Set<String> suspended(Collection<String> emails) {
        List<String> lower = emails.stream().filter(Objects::nonNull).map(e -> e.toLowerCase(Locale.ROOT)).distinct().toList();
        if (lower.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("select lower(email) from email_bounce where permanent and lower(email) = any(?) "
                    + "group by lower(email) having count(*) >= ?");
            Array a = con.createArrayOf("varchar", lower.toArray());
            ps.setArray(1, a);
            ps.setInt(2, maxHardBounces);
            return ps;
        }, rs -> {
            out.add(rs.getString(1));
        });
        return out;
    }

    public boolean isSuspended(String email) {
        return email != null && !suspended(List.of(email)).isEmpty();
    }

    public EmailBounce recordBounce(UUID userId, String email, boolean permanent, String reason, String source) {
        EmailBounce b = new EmailBounce(UUID.randomUUID(), userId, email, permanent,
                reason == null ? null : MailHeaders.subject(reason.length() > 1000 ? reason.substring(0, 1000) : reason),
                source, Instant.now());
        jdbc.update("insert into email_bounce (id, user_id, email, permanent, reason, source, at) values (?, ?, ?, ?, ?, ?, ?)",
                b.id(), userId, email, permanent, b.reason(), source, Timestamp.from(b.at()));
        return b;
    }

    public List<EmailBounce> bounces(UUID userId) {
        return jdbc.query("select id, user_id, email, permanent, reason, source, at from email_bounce where user_id = ? "
                + "order by at desc limit 200", (rs, i) -> new EmailBounce(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                rs.getString(3), rs.getBoolean(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()), userId);
    }

    // ---------------------------------------------------------------- in-app

    public record Row(UUID id, NotificationTopic topic, Map<String, String> params, String link, Instant createdAt,
                      boolean read) {
    }

    public List<Row> notifications(UUID user, int offset, int limit) {
        return jdbc.query("select id, topic, params, link, created_at, read_at from notification where user_id = ? "
                        + "order by created_at desc, id offset ? limit ?",
                (rs, i) -> new Row(rs.getObject(1, UUID.class), NotificationTopic.valueOf(rs.getString(2)),
                        Json.params(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6) != null),
                user, offset, limit);
    }

    public long count(UUID user) {
        Long n = jdbc.queryForObject("select count(*) from notification where user_id = ?", Long.class, user);
        return n == null ? 0 : n;
    }

    public long unread(UUID user) {
        Long n = jdbc.queryForObject("select count(*) from notification where user_id = ? and read_at is null", Long.class, user);
        return n == null ? 0 : n;
    }

    public Map<UUID, Long> unread(Collection<UUID> users) {
        Map<UUID, Long> out = new HashMap<>();
        if (users.isEmpty()) {
            return out;
        }
        jdbc.query(con -> {
            var ps = con.prepareStatement("select user_id, count(*) from notification where read_at is null and user_id = any(?) "
                    + "group by user_id");
            ps.setArray(1, con.createArrayOf("uuid", users.toArray()));
            return ps;
        }, rs -> {
            out.put(rs.getObject(1, UUID.class), rs.getLong(2));
        });
        return out;
    }

    public boolean markRead(UUID user, UUID id) {
        Integer mine = jdbc.queryForObject("select count(*) from notification where id = ? and user_id = ?", Integer.class, id, user);
        if (mine == null || mine == 0) {
            return false;
        }
        jdbc.update("update notification set read_at = ? where id = ? and read_at is null", Timestamp.from(Instant.now()), id);
        return true;
    }

    public int markAllRead(UUID user) {
        return jdbc.update("update notification set read_at = ? where user_id = ? and read_at is null",
                Timestamp.from(Instant.now()), user);
    }
}
