package org.accord.search;

import org.accord.shared.live.LiveUpdates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The embedded Lucene index belongs to one node, while the outbox that feeds it is shared: with several nodes on one
 * database, whichever node drains a change updates only its own index. There is no index replication; several nodes
 * need {@code accord.search.engine=elasticsearch}. This check says so in the log whenever it sees more than one node
 * listening on the database.
 */
@Component
class LuceneNodeCheck {

    private static final Logger log = LoggerFactory.getLogger(LuceneNodeCheck.class);

    private final LiveUpdates live;
    private final boolean lucene;
    private volatile boolean warned;

    LuceneNodeCheck(LiveUpdates live, @Value("${accord.search.engine:lucene}") String engine) {
        this.live = live;
        this.lucene = engine.equalsIgnoreCase("lucene");
    }

    @Scheduled(initialDelayString = "${accord.search.node-check:PT20S}", fixedDelayString = "${accord.search.node-check:PT60S}")
    void check() {
        if (!lucene) {
            return;
        }
        try {
            int nodes = live.listeningNodes();
            if (nodes > 1 && !warned) {
                log.warn("{} Accord nodes share this database but search uses the embedded Lucene index, which each node "
                        + "keeps for itself: search results will differ between nodes. Set ACCORD_SEARCH_ENGINE=elasticsearch "
                        + "(accord.search.engine) on every node.", nodes);
            }
            warned = nodes > 1;
        } catch (RuntimeException e) {
            log.debug("Node count not available: {}", e.getMessage());
        }
    }
}
