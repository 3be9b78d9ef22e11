package org.accord.notification;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One in-app notification of the caller. {@code title} and {@code body} are already rendered in the caller's language
 * (deadlines in their time zone and UTC); {@code params} are the raw values (ids, titles, ISO instants) for a UI that
 * renders on its own; {@code link} is an app path such as {@code /ballots/{workingGroupId}}.
 */
public record NotificationView(UUID id, NotificationTopic topic, Map<String, String> params, String title, String body,
                               String link, Instant createdAt, boolean read) {
}
