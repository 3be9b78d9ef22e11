package org.accord.shared.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Live updates across every node sharing the database, through PostgreSQL LISTEN/NOTIFY (no broker).
 * <p>
 * {@link #publish} sends {@code pg_notify} inside the caller's transaction: PostgreSQL delivers it to every listening
 * node (this one too) only when that transaction commits, and drops it on rollback. Each node's listener
 * ({@link PostgresListener}) hands received messages to {@link #subscribe subscribers} on one dispatch thread, in
 * arrival order, so neither request threads nor the listener ever run subscriber code. Notices are best effort:
 * whatever was sent while a node's listener was disconnected is lost, so subscribers that must not miss anything
 * also register {@link #onResume} to reload.
 */
@Component
public class LiveUpdates implements AutoCloseable {

    /** Ends a subscription. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final JdbcTemplate jdbc;
    private final String channel;
    private final Map<String, Class<? extends Record>> kinds = new ConcurrentHashMap<>();
    private final Map<Class<?>, List<Consumer<Object>>> subscribers = new ConcurrentHashMap<>();
    private final List<Runnable> resumeSubscribers = new CopyOnWriteArrayList<>();
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "live-dispatch");
        t.setDaemon(true);
        return t;
    });

    LiveUpdates(JdbcTemplate jdbc, @Value("${accord.live.channel:accord_live}") String channel) {
        if (!channel.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalStateException("accord.live.channel must be a plain lower-case SQL identifier, not '" + channel + "'");
        }
        this.jdbc = jdbc;
        this.channel = channel;
    }

    String channel() {
        return channel;
    }

    /**
     * Announces an event (a record of ids and short texts) to every node once the current transaction commits; without
     * a transaction, at once. A message that cannot be encoded is logged and dropped: a live notice never fails the
     * change it reports.
     */
    public void publish(Record event) {
        String payload;
        try {
            payload = LiveCodec.encode(event);
        } catch (RuntimeException e) {
            log.warn("Live update {} not sent: {}", event.getClass().getSimpleName(), e.getMessage());
            return;
        }
        jdbc.query("select pg_notify(?, ?)", (ResultSetExtractor<Void>) rs -> null, channel, payload);
    }

    /**
     * {@link #publish} for many events in one database round trip (e.g. one notice per person a notification reached);
     * same transaction semantics, same per-message size limit.
     */
    public void publishAll(java.util.Collection<? extends Record> events) {
        java.util.List<String> payloads = new java.util.ArrayList<>();
        for (Record event : events) {
            try {
                payloads.add(LiveCodec.encode(event));
            } catch (RuntimeException e) {
                log.warn("Live update {} not sent: {}", event.getClass().getSimpleName(), e.getMessage());
            }
        }
        if (payloads.isEmpty()) {
            return;
        }
        jdbc.query(con -> {
            var ps = con.prepareStatement("select pg_notify(?, p) from unnest(?::text[]) as p");
            ps.setString(1, channel);
            ps.setArray(2, con.createArrayOf("text", payloads.toArray()));
            return ps;
        }, (ResultSetExtractor<Void>) rs -> null);
    }

    /**
     * How many nodes listen on this database now (their listener connections), this one included: an operator's
     * and a start-up check's view of the cluster, e.g. to warn when node-local state would diverge.
     */
    public int listeningNodes() {
        Integer n = jdbc.queryForObject("select count(*) from pg_stat_activity where application_name = ? "
                + "and datname = current_database()", Integer.class, PostgresListener.APPLICATION_NAME);
        return n == null ? 0 : n;
    }

    /** Receives every event of this type published on any node, on the dispatch thread. */
    public <E extends Record> Subscription subscribe(Class<E> type, Consumer<? super E> subscriber) {
        Class<? extends Record> known = kinds.putIfAbsent(LiveCodec.kind(type), type);
        if (known != null && known != type) {
            throw new IllegalStateException("Two live event types are named " + LiveCodec.kind(type) + ": " + known.getName()
                    + " and " + type.getName());
        }
        Consumer<Object> c = e -> subscriber.accept(type.cast(e));
        subscribers.computeIfAbsent(type, k -> new CopyOnWriteArrayList<>()).add(c);
        return () -> subscribers.getOrDefault(type, List.of()).remove(c);
    }

    /** Called after the listener reconnected (e.g. the database restarted): notices sent meanwhile were missed. */
    public Subscription onResume(Runnable subscriber) {
        resumeSubscribers.add(subscriber);
        return () -> resumeSubscribers.remove(subscriber);
    }

    /** From the listener thread: decode and dispatch off that thread. */
    void received(String payload) {
        dispatcher.execute(() -> dispatch(payload));
    }

    void resumed() {
        dispatcher.execute(() -> resumeSubscribers.forEach(r -> run(r, "resume")));
    }

    private void dispatch(String payload) {
        LiveCodec.Decoded message = LiveCodec.decode(payload).orElse(null);
        if (message == null) {
            log.debug("Ignored a payload on {} that is not a live update", channel);
            return;
        }
        Class<? extends Record> type = kinds.get(message.kind());
        if (type == null) {
            return; // nobody here listens to it (or a newer node sent a kind this one does not know)
        }
        Object event;
        try {
            event = LiveCodec.read(message.fields(), type);
        } catch (RuntimeException e) {
            log.warn("Live update {} could not be read ({}): {}", message.kind(), e.getMessage(), payload);
            return;
        }
        subscribers.getOrDefault(type, List.of()).forEach(s -> run(() -> s.accept(event), message.kind()));
    }

    private static void run(Runnable subscriber, String what) {
        try {
            subscriber.run();
        } catch (RuntimeException e) {
            log.warn("A live update subscriber failed on {}", what, e);
        }
    }

    @Override
    public void close() {
        dispatcher.shutdownNow();
    }
}
