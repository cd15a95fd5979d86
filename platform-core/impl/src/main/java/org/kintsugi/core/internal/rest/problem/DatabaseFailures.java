package org.kintsugi.core.internal.rest.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Tells an outage (worth a 503 and a retry) from a bug (a 500). */
public final class DatabaseFailures {
    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException) {
                String state = ((SQLException) t).getSQLState();
                // SQLSTATE class 08 is "connection exception"; 57P0x is PostgreSQL shutting down;
                // 53300 is "too many connections".
                if (state != null && (state.startsWith("08") || state.startsWith("57P") || "53300".equals(state))) {
                    return true;
                }
                // 55000 is broad; with these words it is a database closed to new connections (ALLOW_CONNECTIONS false).
                if ("55000".equals(state) && String.valueOf(t.getMessage()).contains("not currently accepting connections")) {
                    return true;
                }
            }
            if (isPoolAcquisitionFailure(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * The database is away, not merely busy: a failure {@link #isUnavailable} says is an outage, other than
     * waiting in vain for a free connection of the pool, which only says the pool is small for the load.
     */
    public static boolean isConnectionLost(Throwable failure) {
        if (!isUnavailable(failure)) {
            return false;
        }
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Timeout waiting for idle object") || message.contains("pool error"))) {
                return false;
            }
        }
        return true;
    }

    /** Two writers raced on one versioned record and this one lost (optimistic locking). */
    public static boolean isLostRace(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true; // javax.persistence's or EclipseLink's own
            }
        }
        return false;
    }

    /** dbcp2 wraps a failure to get any connection in messages without an SQLSTATE. */
    private static boolean isPoolAcquisitionFailure(Throwable t) {
        String message = t.getMessage();
        return message != null && (message.contains("Unable to acquire a new connection from the pool")
                || message.startsWith("Cannot get a connection")
                || message.contains("Timeout waiting for idle object"));
    }
}
