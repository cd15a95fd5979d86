package org.kintsugi.core.internal.rest.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {
    @Test
    void connectionFailuresAreOutages() {
        assertTrue(DatabaseFailures.isUnavailable(new RuntimeException(new SQLException("refused", "08001"))));
        assertTrue(DatabaseFailures.isUnavailable(new SQLException("terminating connection", "57P01")));
        assertTrue(DatabaseFailures.isUnavailable(new IllegalStateException(
                new SQLException("Unable to acquire a new connection from the pool", (String) null))));
    }

    @Test
    void otherFailuresAreBugs() {
        assertFalse(DatabaseFailures.isUnavailable(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseFailures.isUnavailable(new NullPointerException()));
    }

    @Test
    void aDatabaseClosedToNewConnectionsIsAnOutage() {
        assertTrue(DatabaseFailures.isConnectionLost(new SQLException(
                "FATAL: database \"k\" is not currently accepting connections", "55000")));
        assertFalse(DatabaseFailures.isUnavailable(new SQLException("cannot drop a column in use", "55000")));
    }

    @Test
    void aBusyPoolIsNotALostDatabase() {
        SQLException exhausted = new SQLException("Cannot get a connection, pool error Timeout waiting for idle object",
                (String) null);
        assertTrue(DatabaseFailures.isUnavailable(exhausted), "still a 503 for the caller");
        assertFalse(DatabaseFailures.isConnectionLost(exhausted), "but no reason to refuse everyone else");
        assertTrue(DatabaseFailures.isConnectionLost(new RuntimeException(new SQLException("refused", "08001"))));
    }
}
