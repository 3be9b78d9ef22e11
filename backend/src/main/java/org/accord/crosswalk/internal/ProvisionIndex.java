package org.accord.crosswalk.internal;

import org.accord.crosswalk.ProvisionsChanged;
import org.accord.crosswalk.suggest.ProvisionSuggester;
import org.accord.crosswalk.suggest.ProvisionText;
import org.accord.crosswalk.suggest.Suggestion;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.*;

/**
 * The suggestion index over every provision's heading and text, in memory: it is built from the database on first
 * use and follows provision changes after each commit, so it never needs its own backup or migration.
 */
@Component
public class ProvisionIndex implements AutoCloseable {

    private final Provisions provisions;
    private final ProvisionSuggester suggester = new ProvisionSuggester(null);
    private volatile boolean built;

    ProvisionIndex(Provisions provisions) {
        this.provisions = provisions;
    }

    public List<Suggestion> suggest(String title, String text, int limit, Set<UUID> exclude) {
        ensureBuilt();
        return suggester.suggest(title, text, limit, exclude, Set.of());
    }

    /** Re-reads every provision (after bulk loads that bypass the service). */
    public synchronized void rebuild() {
        suggester.replaceAll(provisions.findByRemovedAtIsNull().stream().map(ProvisionIndex::text).toList());
        built = true;
    }

    private void ensureBuilt() {
        if (!built) {
            synchronized (this) {
                if (!built) {
                    rebuild();
                }
            }
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ProvisionsChanged event) {
        if (!built) {
            return;
        }
        List<Provision> all = provisions.findByInstrumentIdOrderByPosition(event.instrumentId());
        suggester.upsert(all.stream().filter(p -> p.getRemovedAt() == null).map(ProvisionIndex::text).toList());
        suggester.remove(all.stream().filter(p -> p.getRemovedAt() != null).map(Provision::getId).toList());
    }

    private static ProvisionText text(Provision p) {
        return new ProvisionText(p.getId(), p.getInstrumentId(), p.getNumber(), p.getHeading(),
                p.getText() != null && !p.getText().isBlank() ? p.getText() : p.getSummary());
    }

    @Override
    public void close() {
        suggester.close();
    }
}
