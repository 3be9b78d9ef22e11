package org.accord.shared.db;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

    @Test
    void poolTimeoutWhileTheServerIsDownIsUnavailability() {
        // What JpaTransactionManager throws when Hikari gives up waiting for a connection.
        var hikari = new SQLTransientConnectionException("accord - Connection is not available, request timed out after 5000ms");
        var failure = new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new JDBCConnectionException("Unable to acquire JDBC Connection", hikari));
        assertThat(DatabaseUnavailable.causedBy(failure)).isTrue();
    }

    @Test
    void serverShuttingDownOrRefusingConnectionsIsUnavailability() {
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("the database system is starting up", "57P03"))).isTrue();
    }

    @Test
    void aRollbackOnTheConnectionHikariEvictedIsUnavailability() {
        // What Spring throws when the server cut the connection mid-query: the failed rollback, not the query's error.
        SQLException closed = new SQLException("Connection is closed");
        closed.setStackTrace(new StackTraceElement[] {new StackTraceElement("com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection",
                "lambda$getClosedConnection$0", "ProxyConnection.java", 559)});
        var failure = new org.springframework.orm.jpa.JpaSystemException(
                new org.hibernate.TransactionException("Unable to rollback against JDBC Connection", closed));
        assertThat(DatabaseUnavailable.causedBy(failure)).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("Connection is closed"))).as("not from the pool").isFalse();
    }

    @Test
    void aBugOrBadDataIsNot() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("boom"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
    }
}
