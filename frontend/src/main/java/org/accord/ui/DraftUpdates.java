package org.accord.ui;

import com.vaadin.flow.shared.Registration;
import org.accord.commenting.CommentsChanged;
import org.accord.drafting.ClauseRevised;
import org.accord.drafting.DraftStructureChanged;
import org.accord.shared.live.LiveUpdates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * Fans drafting and commenting events out to the open views of that draft on every node. A change is relayed to
 * {@link LiveUpdates} inside its transaction (PostgreSQL sends it on commit); every node, this one included, gets it
 * back from the database and tells its own views, which push the change to their browser ({@code UI.access}).
 */
@Component
class DraftUpdates {

    interface Listener {
        void clauseRevised(ClauseRevised event);

        void structureChanged(DraftStructureChanged event);

        default void commentsChanged(CommentsChanged event) {
        }

        /** This node's live connection was down for a while: changes may have been missed, reload. */
        default void missedUpdates() {
        }
    }

    private final LiveUpdates live;
    private final Map<UUID, Set<Listener>> listeners = new ConcurrentHashMap<>();

    DraftUpdates(LiveUpdates live) {
        this.live = live;
        live.subscribe(ClauseRevised.class, e -> tell(e.draftId(), l -> l.clauseRevised(e)));
        live.subscribe(DraftStructureChanged.class, e -> tell(e.draftId(), l -> l.structureChanged(e)));
        live.subscribe(CommentsChanged.class, e -> tell(e.draftId(), l -> l.commentsChanged(e)));
        live.onResume(() -> listeners.values().forEach(set -> set.forEach(Listener::missedUpdates)));
    }

    Registration register(UUID draftId, Listener listener) {
        listeners.computeIfAbsent(draftId, k -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(draftId, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    private void tell(UUID draftId, Consumer<Listener> event) {
        listeners.getOrDefault(draftId, Set.of()).forEach(event);
    }

    // Relays: run inside the changing transaction, so a rolled-back change is never announced.

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void relay(ClauseRevised event) {
        live.publish(event);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void relay(DraftStructureChanged event) {
        live.publish(event);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void relay(CommentsChanged event) {
        live.publish(event);
    }
}
