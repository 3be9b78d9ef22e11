package org.accord.search;

import org.accord.commenting.CommentsChanged;
import org.accord.crosswalk.ProvisionsChanged;
import org.accord.drafting.ClauseRevised;
import org.accord.drafting.DraftStructureChanged;
import org.accord.publishing.PublicationPublished;
import org.accord.shared.cluster.ClusterLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.*;

/**
 * The durable outbox between the modules and the index. Domain events are recorded as rows in the transaction that
 * changed the content (the listeners run before commit), so a change and its "reindex me" note commit together;
 * a scheduled drainer feeds the index and deletes rows only after the index accepted them. If the index is down,
 * rows wait and the index catches up when it returns.
 */
@Component
class SearchOutbox {

    private static final Logger log = LoggerFactory.getLogger(SearchOutbox.class);

    enum Scope { DRAFT, INSTRUMENT, PUBLICATION, ALL }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final SearchDocuments documents;
    private final SearchIndex index;
    private final ClusterLocks locks;
    private volatile String lastError;

    SearchOutbox(JdbcTemplate jdbc, TransactionTemplate tx, SearchDocuments documents, SearchIndex index, ClusterLocks locks) {
        this.locks = locks;
        this.jdbc = jdbc;
        this.tx = tx;
        this.documents = documents;
        this.index = index;
    }

    @EventListener
    void on(ClauseRevised e) {
        enqueue(Scope.DRAFT, e.draftId());
    }

    @EventListener
    void on(DraftStructureChanged e) {
        enqueue(Scope.DRAFT, e.draftId());
    }

    @EventListener
    void on(org.accord.drafting.ClauseTranslated e) {
        enqueue(Scope.DRAFT, e.draftId());
    }

    @EventListener
    void on(CommentsChanged e) {
        enqueue(Scope.DRAFT, e.draftId());
    }

    @EventListener
    void on(ProvisionsChanged e) {
        enqueue(Scope.INSTRUMENT, e.instrumentId());
    }

    @EventListener
    void on(PublicationPublished e) {
        enqueue(Scope.PUBLICATION, e.id());
    }

    /** Withdrawn or superseded: the publication's status is part of its indexed text. */
    @EventListener
    void on(org.accord.publishing.PublicationStatusChanged e) {
        enqueue(Scope.PUBLICATION, e.id());
    }

    void enqueue(Scope scope, UUID ref) {
        jdbc.update("insert into search_outbox (scope, ref, enqueued_at) values (?, ?, ?)", scope.name(), ref,
                Timestamp.from(Instant.now()));
    }

    long pending() {
        Long n = jdbc.queryForObject("select count(*) from search_outbox", Long.class);
        return n == null ? 0 : n;
    }

    /**
     * Share of a running full reindex done (groups of documents), or -1 when none runs. Read from the database, so
     * every node shows the progress of a rebuild running on whichever node drains.
     */
    double reindexProgress() {
        List<Map<String, Object>> rows = jdbc.queryForList("select total, done from search_reindex");
        if (rows.isEmpty()) {
            return -1;
        }
        int total = ((Number) rows.getFirst().get("total")).intValue();
        int done = ((Number) rows.getFirst().get("done")).intValue();
        return total <= 0 ? 1 : Math.min(1, (double) done / total);
    }

    String lastError() {
        return lastError;
    }

    /**
     * Takes the oldest batch, coalesces repeats (ten saves of one draft reindex it once) and feeds the index item by
     * item: an item that fails keeps its rows for the next round without holding up the others. One drainer at a time
     * across all nodes sharing the database (a cluster lock): two nodes never apply the same rows, and a node that finds
     * the lock taken skips this round.
     */
    @Scheduled(fixedDelayString = "${accord.search.drain-interval:PT2S}")
    synchronized void drain() {
        locks.runExclusively("search-outbox", this::drainRounds);
    }

    private void drainRounds() {
        for (int round = 0; round < 20; round++) {
            List<Map<String, Object>> rows = jdbc.queryForList("select id, scope, ref from search_outbox order by id limit 200");
            if (rows.isEmpty()) {
                lastError = null;
                return;
            }
            Map<String, List<Long>> work = new LinkedHashMap<>();
            for (Map<String, Object> r : rows) {
                work.computeIfAbsent(r.get("scope") + "|" + r.get("ref"), k -> new ArrayList<>())
                        .add(((Number) r.get("id")).longValue());
            }
            boolean failed = false;
            for (Map.Entry<String, List<Long>> w : work.entrySet()) {
                String[] parts = w.getKey().split("\\|");
                List<Long> ids = w.getValue();
                try {
                    apply(Scope.valueOf(parts[0]), "null".equals(parts[1]) ? null : UUID.fromString(parts[1]));
                    tx.executeWithoutResult(s -> jdbc.batchUpdate("delete from search_outbox where id = ?",
                            ids.stream().map(id -> new Object[]{id}).toList()));
                } catch (RuntimeException e) {
                    failed = true;
                    lastError = e.getMessage();
                    jdbc.batchUpdate("update search_outbox set attempts = attempts + 1, last_error = ? where id = ?",
                            ids.stream().map(id -> new Object[]{String.valueOf(e.getMessage()), id}).toList());
                    log.warn("Search index not updated for {} ({} changes wait in the outbox): {}", w.getKey(), pending(),
                            e.getMessage());
                }
            }
            if (failed) {
                return;
            }
        }
    }

    private void apply(Scope scope, UUID ref) {
        switch (scope) {
            case DRAFT -> replace("draft:" + ref, documents.ofDraft(ref));
            case INSTRUMENT -> replace("instrument:" + ref, documents.ofInstrument(ref));
            case PUBLICATION -> replace("publication:" + ref, documents.ofPublication(ref));
            case ALL -> rebuild();
        }
    }

    /**
     * Rebuilds every group from the database in place, then drops the groups the database no longer has. The index is
     * not emptied first, so searches stay complete while a rebuild runs. Progress rows are written outside any
     * transaction, so other nodes see them at once.
     */
    private void rebuild() {
        Set<String> rebuilt = new HashSet<>();
        try {
            documents.everything(total -> {
                Timestamp now = Timestamp.from(Instant.now());
                jdbc.update("delete from search_reindex");
                jdbc.update("insert into search_reindex (total, done, started_at, updated_at) values (?, 0, ?, ?)", total, now, now);
            }, (group, batch) -> {
                replace(group, batch);
                rebuilt.add(group);
                jdbc.update("update search_reindex set done = done + 1, updated_at = ?", Timestamp.from(Instant.now()));
            });
            List<String> stale = jdbc.queryForList("select distinct grp from search_entry", String.class).stream()
                    .filter(g -> !rebuilt.contains(g)).toList();
            stale.forEach(g -> replace(g, List.of()));
        } finally {
            jdbc.update("delete from search_reindex");
        }
    }

    /** Replaces one group's documents: upserts what exists now, deletes what the group had and no longer has. */
    private void replace(String group, List<SearchDocument> docs) {
        Set<String> now = new HashSet<>();
        docs.forEach(d -> now.add(d.id()));
        List<String> gone = jdbc.queryForList("select doc_id from search_entry where grp = ?", String.class, group)
                .stream().filter(id -> !now.contains(id)).toList();
        if (!docs.isEmpty()) {
            index.upsert(docs);
        }
        if (!gone.isEmpty()) {
            index.delete(gone);
        }
        tx.executeWithoutResult(s -> {
            jdbc.update("delete from search_entry where grp = ?", group);
            jdbc.batchUpdate("insert into search_entry (doc_id, grp) values (?, ?) on conflict (doc_id) do update set grp = excluded.grp",
                    docs.stream().map(d -> new Object[]{d.id(), group}).toList());
        });
    }
}
