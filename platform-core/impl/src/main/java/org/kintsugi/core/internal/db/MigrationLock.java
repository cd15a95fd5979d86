package org.kintsugi.core.internal.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.DateFormat;

import liquibase.database.Database;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Liquibase marks its lock in a table row; a node killed while migrating leaves it set, and every later
 * start then waited for it in vain. Here a migrating node also holds a PostgreSQL advisory lock on its
 * session for the whole migration. The database releases that lock when the session ends, however the
 * node ended, so whoever takes it knows no live node is migrating: a Liquibase lock still marked then is
 * stale, and is released, said in the log. A live migrator is waited for, never overruled. On the embedded
 * H2 file database only this JVM can be connected, and its migrations run one at a time, so a marked
 * lock at the start of one is likewise stale.
 */
final class MigrationLock implements AutoCloseable {
    /** The advisory lock's key: any constant every node agrees on ("KINTSUGI" in ASCII). */
    static final long KEY = 0x4B494E5453554749L;
    private static final Logger LOG = LoggerFactory.getLogger(MigrationLock.class);

    private final Connection connection;
    private final boolean advisory;

    private MigrationLock(Connection connection, boolean advisory) {
        this.connection = connection;
        this.advisory = advisory;
    }

    /** Waits until no other live node migrates, then releases what a dead one left. */
    static MigrationLock take(Connection connection, Database database, String who) throws Exception {
        String product = connection.getMetaData().getDatabaseProductName();
        boolean postgres = "PostgreSQL".equals(product);
        if (postgres) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_lock(" + KEY + ")");
            }
        }
        MigrationLock lock = new MigrationLock(connection, postgres);
        if (postgres || embeddedH2(connection)) {
            releaseStale(database, who);
        }
        return lock;
    }

    private static boolean embeddedH2(Connection connection) throws SQLException {
        String url = connection.getMetaData().getURL();
        return url != null && url.startsWith("jdbc:h2:file:") && !url.toUpperCase().contains("AUTO_SERVER=TRUE");
    }

    private static void releaseStale(Database database, String who) throws Exception {
        LockService locks = LockServiceFactory.getInstance().getLockService(database);
        for (DatabaseChangeLogLock left : locks.listLocks()) {
            LOG.warn("Released the schema migration lock left by {} since {}: no node holds it any more (it was "
                    + "stopped while migrating). {} migrates now.", left.getLockedBy(),
                    left.getLockGranted() == null ? "?" : DateFormat.getDateTimeInstance().format(left.getLockGranted()), who);
            locks.forceReleaseLock();
        }
    }

    /**
     * Gives the advisory lock back. A pooled connection outlives this: its session must not keep the lock, so
     * any failed transaction is rolled back first; if even that fails, the connection is closed for good.
     */
    @Override
    public void close() throws SQLException {
        if (!advisory || connection.isClosed()) {
            return;
        }
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_unlock(" + KEY + ")");
            }
        } catch (SQLException e) {
            LOG.warn("Could not give the migration lock back ({}); dropping the connection instead", e.toString());
            connection.unwrap(Connection.class).abort(Runnable::run);
        }
    }
}
