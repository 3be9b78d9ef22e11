package org.accord.notification.internal;

import org.accord.notification.NotificationTopic;

import java.util.Map;
import java.util.UUID;

/**
 * One notifying event as the outbox stores it: topic, message parameters, app link, audience, the working group
 * (for mandatory topics; may be null) and who caused it (never notified of their own act; may be null).
 */
public record Envelope(UUID eventId, NotificationTopic topic, Map<String, String> params, String link, Audience audience,
                       UUID workingGroupId, UUID actorId) {
}
