package org.accord.notification;

import org.accord.shared.Problem;
import org.accord.identity.AccordUser;
import org.accord.identity.Contact;
import org.accord.identity.IdentityService;
import org.accord.membership.MembershipService;
import org.accord.notification.internal.*;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.accord.shared.audit.AuditEntry;
import org.accord.shared.audit.AuditKind;
import org.accord.shared.audit.AuditTrail;
import org.accord.shared.live.LiveUpdates;
import org.accord.shared.security.SystemActor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.*;

/**
 * Notifications: the module's public API. "My" methods act for the signed-in person; token methods act for the person
 * named in a signed link from an email (no sign-in); the rest is for the secretariat and administrators.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    private final NotificationStore store;
    private final IdentityService identity;
    private final MembershipService membership;
    private final LiveUpdates live;
    private final LinkKeys keys;
    private final MailSettings mail;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    NotificationService(NotificationStore store, IdentityService identity, MembershipService membership,
                        LiveUpdates live, LinkKeys keys, MailSettings mail, JdbcTemplate jdbc,
                        AuditTrail audit) {
        this.audit = audit;
        this.store = store;
        this.identity = identity;
        this.membership = membership;
        this.live = live;
        this.keys = keys;
        this.mail = mail;
        this.jdbc = jdbc;
    }

    // ------------------------------------------------------------------ in-app

    /** My notifications, newest first ({@code limit} 1–200), with total and unread count. */
    @PreAuthorize("isAuthenticated()")
    public NotificationPage myNotifications(int offset, int limit) {
        return myNotifications(offset, limit, null);
    }

    /**
     * My notifications with their texts in {@code language} (ISO 639-1, e.g. the page's language, which may differ from
     * the account's); null or an unsupported language: as {@link #myNotifications(int, int)}.
     */
    @PreAuthorize("isAuthenticated()")
    public NotificationPage myNotifications(int offset, int limit, String language) {
        if (offset < 0 || limit < 1 || limit > 200) {
            throw new InvalidInputException("notification.page.invalid");
        }
        UUID me = me();
        Contact c = contact(me);
        Locale locale = MessageTexts.locale(language != null && MessageTexts.LANGUAGES.contains(language)
                ? language : c.language());
        ZoneId zone = MessageTexts.zone(c.timeZone());
        List<NotificationView> items = store.notifications(me, offset, limit).stream()
                .map(r -> new NotificationView(r.id(), r.topic(), r.params(),
                        MessageTexts.subject(r.topic(), r.params(), locale, zone),
                        MessageTexts.body(r.topic(), r.params(), locale, zone), r.link(), r.createdAt(), r.read()))
                .toList();
        return new NotificationPage(items, store.count(me), store.unread(me), offset, limit);
    }

    /** How many of my notifications are unread (the bell's number). */
    @PreAuthorize("isAuthenticated()")
    public long myUnreadCount() {
        return store.unread(me());
    }

    /** Marks one of my notifications read; someone else's id is "not found". Publishes {@link NotificationsChanged}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(UUID notificationId) {
        UUID me = me();
        if (!store.markRead(me, notificationId)) {
            throw new NotFoundException("Notification", notificationId);
        }
        live.publish(new NotificationsChanged(me, store.unread(me)));
    }

    /** Marks all my notifications read; returns how many were unread. Publishes {@link NotificationsChanged}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        UUID me = me();
        int n = store.markAllRead(me);
        live.publish(new NotificationsChanged(me, 0));
        return n;
    }

    // ------------------------------------------------------------------ preferences

    /** My settings, defaults filled in. */
    @PreAuthorize("isAuthenticated()")
    public NotificationPreferences myPreferences() {
        return preferencesOf(me());
    }

    /**
     * Saves my settings (modes, rhythm, digest hour and day, email on/off, time zone); read-only fields are ignored.
     * A bad hour or unknown time zone is refused with {@link InvalidInputException}, nothing saved.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public NotificationPreferences updateMyPreferences(NotificationPreferences preferences) {
        return update(me(), preferences);
    }

    /** Stores my time zone (an IANA id such as {@code America/Bogota}, e.g. from the browser). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setMyTimeZone(String zoneId) {
        identity.setMyTimeZone(zoneId);
    }

    /** Bounces of mail to my addresses, newest first (for my profile). */
    @PreAuthorize("isAuthenticated()")
    public List<EmailBounce> myBounces() {
        return store.bounces(me());
    }

    // ------------------------------------------------------------------ signed links (no sign-in)

    /** The settings of the person a preferences link names; a tampered or expired token is refused (InvalidInput). */
    public NotificationPreferences preferencesByToken(String token) {
        return preferencesOf(verified(token));
    }

    /** Saves settings through a preferences link (same rules as {@link #updateMyPreferences}). */
    @Transactional
    public NotificationPreferences updatePreferencesByToken(String token, NotificationPreferences preferences) {
        return update(verified(token), preferences);
    }

    /** "Unsubscribe from all email" through a link (RFC 8058 one-click POST too); in-app notifications continue. */
    @Transactional
    public void unsubscribeByToken(String token) {
        store.setEmailEnabled(verified(token), false);
    }

    /** The absolute URL of my preferences page reachable without sign-in (valid 60 days), e.g. to show or test. */
    @PreAuthorize("isAuthenticated()")
    public String myPreferencesLink() {
        return mail.baseUrl() + "/email/preferences?token=" + keys.preferencesToken(me());
    }

    // ------------------------------------------------------------------ secretariat and admin

    /** Mandatory topics: platform-wide and per working group. */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    public List<MandatoryTopic> mandatoryTopics() {
        return store.mandatoryTopics();
    }

    /** Makes a topic mandatory for one working group ({@code workingGroupId}) or platform-wide (null). */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public MandatoryTopic makeMandatory(NotificationTopic topic, UUID workingGroupId) {
        if (topic == null) {
            throw new InvalidInputException("notification.mandatory.topic-required");
        }
        if (workingGroupId != null) {
            membership.workingGroup(workingGroupId); // unknown group: 404
        }
        MandatoryTopic added = store.addMandatory(topic, workingGroupId);
        audit.record(AuditEntry.of(AuditKind.NOTIFICATION_MADE_MANDATORY, "notification-topic", added.id(), topic.name())
                .in(workingGroupId, null).after("topic", topic.name()));
        return added;
    }

    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public void removeMandatory(UUID mandatoryTopicId) {
        MandatoryTopic removed = store.mandatoryTopics().stream().filter(m -> m.id().equals(mandatoryTopicId)).findFirst()
                .orElse(null);
        if (removed == null || !store.removeMandatory(mandatoryTopicId)) {
            throw new NotFoundException("Mandatory topic", mandatoryTopicId);
        }
        audit.record(AuditEntry.of(AuditKind.NOTIFICATION_MANDATORY_REMOVED, "notification-topic", mandatoryTopicId,
                removed.topic().name()).in(removed.workingGroupId(), null).before("topic", removed.topic().name()));
    }

    /** Records a bounce reported by an MTA / webhook; a permanent one counts toward suspending the address. */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public EmailBounce reportBounce(BounceReport report) {
        if (report == null || report.email() == null || report.email().isBlank()) {
            throw new InvalidInputException("notification.bounce.address-required");
        }
        String email = report.email().strip();
        if (email.length() > 320 || email.chars().anyMatch(ch -> ch < 0x20)) {
            throw new InvalidInputException("notification.bounce.not-an-address");
        }
        List<UUID> owners = jdbc.queryForList("select id from user_account where lower(email) = lower(?)", UUID.class, email);
        EmailBounce bounce = store.recordBounce(owners.isEmpty() ? null : owners.getFirst(), email, report.permanent(),
                report.reason(), "REPORT");
        audit.record(AuditEntry.of(AuditKind.EMAIL_BOUNCE_RECORDED, "email-bounce", bounce.id(), email)
                .after("permanent", report.permanent(), "reason", AuditEntry.excerpt(report.reason())));
        return bounce;
    }

    /** Bounces of one person's mail (admins, secretariat). */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    public List<EmailBounce> bounces(UUID userId) {
        return store.bounces(userId);
    }

    /** The delivery pipeline's state. */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    public NotificationStatus status() {
        Map<String, Object> e = jdbc.queryForMap("select count(*) filter (where fanned_out_at is null) as pending, "
                + "min(created_at) filter (where fanned_out_at is null) as oldest from notification_event");
        Map<String, Long> d = new HashMap<>();
        jdbc.query("select status, count(*) from notification_delivery group by status",
                rs -> {
                    d.put(rs.getString(1), rs.getLong(2));
                });
        java.sql.Timestamp oldest = (java.sql.Timestamp) e.get("oldest");
        return new NotificationStatus(((Number) e.get("pending")).longValue(), d.getOrDefault("PENDING", 0L),
                d.getOrDefault("DIGEST", 0L), d.getOrDefault("FAILED", 0L), d.getOrDefault("SENT", 0L), mail.enabled(),
                oldest == null ? null : oldest.toInstant());
    }

    // ------------------------------------------------------------------ helpers

    private NotificationPreferences preferencesOf(UUID user) {
        Settings s = store.settings(user);
        Contact c = contact(user);
        Set<UUID> groups = new HashSet<>();
        SystemActor.call("notifications", () -> membership.workingGroupsOf(user)).stream()
                .map(g -> g.workingGroup().id()).forEach(groups::add);
        Map<NotificationTopic, EmailMode> modes = new EnumMap<>(NotificationTopic.class);
        for (NotificationTopic t : NotificationTopic.values()) {
            modes.put(t, s.modes().getOrDefault(t, t.defaultMode()));
        }
        return new NotificationPreferences(modes, store.mandatoryFor(groups), s.rhythm(), s.digestHour(), s.digestDay(),
                s.emailEnabled(), c.timeZone() == null ? "UTC" : c.timeZone(),
                c.language() != null && MessageTexts.LANGUAGES.contains(c.language()) ? c.language() : "en", c.email(),
                c.email() != null && store.isSuspended(c.email()));
    }

    private NotificationPreferences update(UUID user, NotificationPreferences p) {
        if (p == null) {
            throw new InvalidInputException("notification.settings.missing");
        }
        List<Problem> errors = new ArrayList<>();
        if (p.digestHour() < 0 || p.digestHour() > 23) {
            errors.add(Problem.of("notification.settings.digest-hour", p.digestHour()));
        }
        String zone = null;
        if (p.timeZone() != null && !p.timeZone().isBlank()) {
            try {
                zone = ZoneId.of(p.timeZone().strip()).getId();
            } catch (DateTimeException e) {
                errors.add(Problem.of("notification.settings.time-zone", p.timeZone().strip().replaceAll("\\p{Cntrl}", "?")));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(Problem.oneOrSummary(errors, Problem.of("notification.settings.not-saved")), errors);
        }
        Settings old = store.settings(user);
        Map<NotificationTopic, EmailMode> modes = new EnumMap<>(NotificationTopic.class);
        modes.putAll(old.modes());
        if (p.modes() != null) {
            p.modes().forEach((t, m) -> {
                if (t != null && m != null) {
                    modes.put(t, m);
                }
            });
        }
        store.save(user, new Settings(p.rhythm() == null ? old.rhythm() : p.rhythm(), p.digestHour(),
                p.digestDay() == null ? old.digestDay() : p.digestDay(), p.emailEnabled(), modes, old.lastDigestSlot()));
        if (zone != null) {
            String z = zone;
            if (isMe(user)) {
                identity.setMyTimeZone(z);
            } else {
                SystemActor.run("notifications", () -> identity.setTimeZone(user, z));
            }
        }
        return preferencesOf(user);
    }

    private UUID verified(String token) {
        try {
            return keys.verifyPreferences(token);
        } catch (LinkTokens.Refused e) {
            throw new InvalidInputException(e.problem(), List.of());
        }
    }

    private Contact contact(UUID user) {
        // Inside a Vaadin session the session's authentication wins over SystemActor's, so a person's own contact is
        // read with their own rights.
        if (isMe(user)) {
            return identity.myContact().orElseThrow(() -> new NotFoundException("User", user));
        }
        Contact c = SystemActor.call("notifications", () -> identity.contacts(List.of(user))).get(user);
        if (c == null) {
            throw new NotFoundException("User", user);
        }
        return c;
    }

    private static boolean isMe(UUID user) {
        return IdentityService.currentUser().map(AccordUser::userId).filter(user::equals).isPresent();
    }

    private static UUID me() {
        return IdentityService.currentUser().map(AccordUser::userId)
                .orElseThrow(() -> new org.accord.shared.NotAllowedException("shared.sign-in-first"));
    }
}
