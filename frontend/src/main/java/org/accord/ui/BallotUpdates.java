package org.accord.ui;

import com.vaadin.flow.shared.Registration;
import org.accord.balloting.BallotChanged;
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

/** Votes and closes reach the open pages of that ballot on every node (see {@link DraftUpdates} for the path). */
@Component
class BallotUpdates {

    private final LiveUpdates live;
    private final Map<UUID, Set<Consumer<BallotChanged>>> listeners = new ConcurrentHashMap<>();

    BallotUpdates(LiveUpdates live) {
        this.live = live;
        live.subscribe(BallotChanged.class, e -> listeners.getOrDefault(e.ballotId(), Set.of()).forEach(l -> l.accept(e)));
    }

    Registration register(UUID ballotId, Consumer<BallotChanged> listener) {
        listeners.computeIfAbsent(ballotId, k -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(ballotId, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void relay(BallotChanged event) {
        live.publish(event);
    }
}
