package org.accord.ui;

import com.vaadin.flow.shared.Registration;
import org.accord.notification.NotificationsChanged;
import org.accord.shared.live.LiveUpdates;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * A person's notifications changed (new ones, or read on another tab or node): tells that person's open bells on this
 * node. The notification module publishes {@link NotificationsChanged} through {@link LiveUpdates} itself, so there is
 * nothing to relay here. After a lost live connection every bell reloads its count ({@code null} event).
 */
@Component
class NotificationUpdates {

    private final Map<UUID, Set<Consumer<NotificationsChanged>>> listeners = new ConcurrentHashMap<>();

    NotificationUpdates(LiveUpdates live) {
        live.subscribe(NotificationsChanged.class, e -> listeners.getOrDefault(e.userId(), Set.of()).forEach(l -> l.accept(e)));
        live.onResume(() -> listeners.values().forEach(set -> set.forEach(l -> l.accept(null))));
    }

    Registration register(UUID userId, Consumer<NotificationsChanged> listener) {
        listeners.computeIfAbsent(userId, k -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(userId, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }
}
