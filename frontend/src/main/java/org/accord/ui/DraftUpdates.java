package org.accord.ui;

import com.vaadin.flow.shared.Registration;
import org.accord.drafting.ClauseRevised;
import org.accord.drafting.DraftStructureChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Fans committed drafting events out to the open views of that draft on this node. Views push
 * the change to their browser themselves ({@code UI.access}).
 */
@Component
class DraftUpdates {

    interface Listener {
        void clauseRevised(ClauseRevised event);

        void structureChanged(DraftStructureChanged event);
    }

    private final Map<UUID, Set<Listener>> listeners = new ConcurrentHashMap<>();

    Registration register(UUID draftId, Listener listener) {
        listeners.computeIfAbsent(draftId, k -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(draftId, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    @TransactionalEventListener
    void on(ClauseRevised event) {
        listeners.getOrDefault(event.draftId(), Set.of()).forEach(l -> l.clauseRevised(event));
    }

    @TransactionalEventListener
    void on(DraftStructureChanged event) {
        listeners.getOrDefault(event.draftId(), Set.of()).forEach(l -> l.structureChanged(event));
    }
}
