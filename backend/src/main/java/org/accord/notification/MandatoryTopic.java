package org.accord.notification;

import java.util.UUID;

/**
 * A topic the secretariat made mandatory, for one working group's members or platform-wide ({@code workingGroupId}
 * null): its email is sent even to people who set it OFF or unsubscribed from email.
 */
public record MandatoryTopic(UUID id, NotificationTopic topic, UUID workingGroupId) {
}
