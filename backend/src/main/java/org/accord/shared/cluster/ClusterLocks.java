package org.accord.shared.cluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Only one node at a time" for background work when several nodes share one PostgreSQL: a transaction-level
 * advisory lock ({@code pg_try_advisory_xact_lock}) held on a connection of its own while the work runs on others.
 * Nobody waits: a node that does not get the lock skips the work, because another node is doing it. The lock ends
 * with that transaction, so a node that dies (or loses its connection) never leaves it held.
 * <p>
 * A database with {@code idle_in_transaction_session_timeout} set shorter than the work would end the lock early;
 * the work guarded here is written to be safe when repeated.
 */
@Component
public class ClusterLocks {

    private static final Logger log = LoggerFactory.getLogger(ClusterLocks.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    ClusterLocks(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * Waits for the lock of that name and holds it until the current transaction ends: for work that nodes starting
     * together would otherwise all do, such as loading the demo content into an empty database. The second node then
     * finds the work done.
     */
    public void awaitForTransaction(String name) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Cluster lock " + name + " is held until the transaction ends: call it inside one");
        }
        jdbc.query("select pg_advisory_xact_lock(hashtextextended(?, 0))", (ResultSetExtractor<Void>) rs -> null, "accord:" + name);
    }

    /** Runs the work if no other thread on any node holds the lock of that name; false when it was skipped. */
    public boolean runExclusively(String name, Runnable work) {
        return callExclusively(name, () -> {
            work.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** The work's result, or empty when another holder had the lock (the work did not run) or the work returned null. */
    public <T> Optional<T> callExclusively(String name, Supplier<T> work) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A cluster lock needs a name");
        }
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                if (!tryLock(c, name)) {
                    return Optional.empty();
                }
                return Optional.ofNullable(work.get());
            } finally {
                try {
                    c.rollback(); // ends the transaction and with it the lock; nothing else ran on this connection
                } finally {
                    c.setAutoCommit(autoCommit);
                }
            }
        } catch (SQLException e) {
            log.warn("Cluster lock {} not available ({}); the work waits for the next round", name, e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean tryLock(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_try_advisory_xact_lock(hashtextextended(?, 0))")) {
            s.setString(1, "accord:" + name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
