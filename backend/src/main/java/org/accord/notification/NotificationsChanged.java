package org.accord.notification;

import java.util.UUID;

/**
 * Live update (through {@link org.accord.shared.live.LiveUpdates}, on every node) that a person's notifications
 * changed: new ones arrived or some were read. A bell subscribes and reloads the unread count for its user.
 */
public record NotificationsChanged(UUID userId, long unread) {
}
