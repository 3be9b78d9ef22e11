package org.accord.notification;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Notifications: the module's public API. "My" methods act for the signed-in person; token methods act for the person
 * named in a signed link from an email (no sign-in); the rest is for the secretariat and administrators.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    // ------------------------------------------------------------------ in-app

    /** My notifications, newest first ({@code limit} 1–200), with total and unread count. */
    @PreAuthorize("isAuthenticated()")
    public NotificationPage myNotifications(int offset, int limit) {
        throw new UnsupportedOperationException("not yet");
    }

    /** How many of my notifications are unread (the bell's number). */
    @PreAuthorize("isAuthenticated()")
    public long myUnreadCount() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Marks one of my notifications read; someone else's id is "not found". Publishes {@link NotificationsChanged}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(UUID notificationId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Marks all my notifications read; returns how many were unread. Publishes {@link NotificationsChanged}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        throw new UnsupportedOperationException("not yet");
    }

    // ------------------------------------------------------------------ preferences

    /** My settings, defaults filled in. */
    @PreAuthorize("isAuthenticated()")
    public NotificationPreferences myPreferences() {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Saves my settings (modes, rhythm, digest hour and day, email on/off, time zone); read-only fields are ignored.
     * A bad hour or unknown time zone is refused with {@link org.accord.shared.InvalidInputException}, nothing saved.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public NotificationPreferences updateMyPreferences(NotificationPreferences preferences) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Stores my time zone (an IANA id such as {@code America/Bogota}, e.g. from the browser). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setMyTimeZone(String zoneId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Bounces of mail to my addresses, newest first (for my profile). */
    @PreAuthorize("isAuthenticated()")
    public List<EmailBounce> myBounces() {
        throw new UnsupportedOperationException("not yet");
    }

    // ------------------------------------------------------------------ signed links (no sign-in)

    /** The settings of the person a preferences link names; a tampered or expired token is refused (InvalidInput). */
    public NotificationPreferences preferencesByToken(String token) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Saves settings through a preferences link (same rules as {@link #updateMyPreferences}). */
    @Transactional
    public NotificationPreferences updatePreferencesByToken(String token, NotificationPreferences preferences) {
        throw new UnsupportedOperationException("not yet");
    }

    /** "Unsubscribe from all email" through a link (RFC 8058 one-click POST too); in-app notifications continue. */
    @Transactional
    public void unsubscribeByToken(String token) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The absolute URL of my preferences page reachable without sign-in (valid 60 days), e.g. to show or test. */
    @PreAuthorize("isAuthenticated()")
    public String myPreferencesLink() {
        throw new UnsupportedOperationException("not yet");
    }

    // ------------------------------------------------------------------ secretariat and admin

    /** Mandatory topics: platform-wide and per working group. */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    public List<MandatoryTopic> mandatoryTopics() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Makes a topic mandatory for one working group ({@code workingGroupId}) or platform-wide (null). */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public MandatoryTopic makeMandatory(NotificationTopic topic, UUID workingGroupId) {
        throw new UnsupportedOperationException("not yet");
    }

    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public void removeMandatory(UUID mandatoryTopicId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Records a bounce reported by an MTA / webhook; a permanent one counts toward suspending the address. */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public EmailBounce reportBounce(BounceReport report) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Bounces of one person's mail (admins, secretariat). */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    public List<EmailBounce> bounces(UUID userId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The delivery pipeline's state. */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    public NotificationStatus status() {
        throw new UnsupportedOperationException("not yet");
    }
}
