package org.accord.shared.live;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

/**
 * This node's ear on the live-update channel: one dedicated connection (outside the pool, so it never takes a
 * request's connection) that LISTENs and waits for notifications on its own thread. When the connection breaks
 * (database restart, network) it reconnects with a growing pause (1 s doubling up to 30 s), logs each attempt, and
 * tells subscribers to reload what they may have missed.
 */
@Component
@ConditionalOnProperty(name = "accord.live.enabled", havingValue = "true", matchIfMissing = true)
class PostgresListener implements SmartLifecycle {

    /** The listener connections' application name: {@code pg_stat_activity} shows how many nodes listen. */
    static final String APPLICATION_NAME = "accord-live";
    private static final Logger log = LoggerFactory.getLogger(PostgresListener.class);
    private static final int POLL_MILLIS = 1000;
    private static final long CHECK_IDLE_NANOS = Duration.ofSeconds(15).toNanos();

    private final DataSource dataSource;
    private final LiveUpdates updates;
    private final Backoff backoff;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    PostgresListener(DataSource dataSource, LiveUpdates updates,
                     @Value("${accord.live.reconnect-max:PT30S}") Duration maxPause) {
        this.dataSource = dataSource;
        this.updates = updates;
        this.backoff = new Backoff(Duration.ofSeconds(1), maxPause);
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().name("live-listener").daemon().start(this::listen);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
        closeQuietly();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** True while the LISTEN connection is up; for health reporting and tests. */
    boolean connected() {
        return connection != null;
    }

    private void listen() {
        boolean everConnected = false;
        while (running) {
            try {
                Connection c = open();
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + updates.channel());
                }
                if (everConnected) {
                    log.info("Live updates: listening again on channel {}", updates.channel());
                    updates.resumed();
                } else {
                    log.info("Live updates: listening on channel {}", updates.channel());
                }
                everConnected = true;
                backoff.reset();
                receive(c);
            } catch (SQLException | RuntimeException e) {
                closeQuietly();
                if (!running) {
                    return;
                }
                Duration pause = backoff.next();
                log.warn("Live updates: no connection to the database ({}); other nodes' changes reach this node's "
                        + "views again after reconnecting, next attempt in {} s", e.getMessage(), pause.toSeconds());
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /** Waits for notifications; a short poll keeps stop() quick, a periodic query finds a silently dead connection. */
    private void receive(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long lastActivity = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
            if (notifications != null && notifications.length > 0) {
                for (PGNotification n : notifications) {
                    updates.received(n.getParameter());
                }
                lastActivity = System.nanoTime();
            } else if (System.nanoTime() - lastActivity > CHECK_IDLE_NANOS) {
                try (Statement s = c.createStatement()) {
                    s.execute("select 1");
                }
                lastActivity = System.nanoTime();
            }
        }
    }

    /** A connection of its own with the pool's settings; the pool itself only when its settings cannot be read. */
    private Connection open() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            if (pool.getJdbcUrl() != null) {
                Properties props = new Properties();
                props.putAll(pool.getDataSourceProperties());
                if (pool.getUsername() != null) {
                    props.setProperty("user", pool.getUsername());
                }
                if (pool.getPassword() != null) {
                    props.setProperty("password", pool.getPassword());
                }
                props.setProperty("ApplicationName", APPLICATION_NAME);
                props.setProperty("tcpKeepAlive", "true");
                props.setProperty("connectTimeout", "10");
                return DriverManager.getConnection(pool.getJdbcUrl(), props);
            }
        }
        Connection c = dataSource.getConnection();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("set application_name = '" + APPLICATION_NAME + "'");
        }
        return c;
    }

    private void closeQuietly() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already broken
            }
        }
    }

    /** Reconnect pauses: 1 s, 2 s, 4 s … up to the maximum. */
    static final class Backoff {
        private final Duration first;
        private final Duration max;
        private Duration next;

        Backoff(Duration first, Duration max) {
            this.first = first;
            this.max = max;
            this.next = first;
        }

        Duration next() {
            Duration now = next;
            next = next.multipliedBy(2).compareTo(max) > 0 ? max : next.multipliedBy(2);
            return now;
        }

        void reset() {
            next = first;
        }
    }
}
