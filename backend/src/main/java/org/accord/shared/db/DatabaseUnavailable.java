package org.accord.shared.db;

import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure because PostgreSQL cannot be reached (stopped, restarting, network gone, pool timed out waiting for
 * a connection) from a bug: the first deserves "try again shortly" (503), the second a 500 and a log entry.
 */
public final class DatabaseUnavailable {

    /**
     * Shown to API clients; the same for a server that is down and a pool with no free connection within the timeout
     * (an overloaded node): either way, retrying later is what the client can do.
     */
    public static final String MESSAGE = "The database cannot be reached or is too busy at the moment; try again shortly.";

    /** SQLSTATEs of a server that is shutting down, starting up or refusing connections (class 08 is matched as a prefix). */
    private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure} or one of its causes says the database is unreachable. */
    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() == null && isEvictedConnection(sql)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SERVER_GONE.contains(sql.getSQLState()))) {
                return true;
            }
            if (t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof JDBCConnectionException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hikari's stand-in for a connection it evicted as broken: the rollback after a query that the server cut off
     * (e.g. "terminating connection due to administrator command") fails on it, and Spring then throws that
     * rollback failure instead of the original error.
     */
    private static boolean isEvictedConnection(SQLException e) {
        StackTraceElement[] trace = e.getStackTrace();
        return "Connection is closed".equals(e.getMessage()) && trace.length > 0
                && trace[0].getClassName().startsWith("com.zaxxer.hikari.");
    }
}
