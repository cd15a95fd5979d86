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
                // SQLSTATE class 08 is "connection exception"; 57P0x is PostgreSQL shutting down.
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
            }
            if (t.getClass().getName().endsWith("NoSuchElementException") && t.getMessage() != null
                    && t.getMessage().contains("Timeout waiting for idle object")) {
                return true; // dbcp2: the pool could not hand out a connection in time
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
