package org.kintsugi.core.internal.commit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import javax.persistence.PersistenceException;
import javax.sql.DataSource;

import org.kintsugi.core.internal.audit.AuditRecord;
import org.kintsugi.core.internal.audit.AuditWriter;
import org.kintsugi.core.internal.commit.GroupCommit.Pending;
import org.kintsugi.core.internal.db.AppendedRow;
import org.kintsugi.core.internal.db.AppendedRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer thread's side of the group commit: a group's rows and audit rows committed in plain JDBC
 * (on PostgreSQL one statement), on a connection the writer keeps while requests keep coming. JTA, an
 * entity manager and the pool's check of the connection before each group cost as much as the statement.
 * The writer gives the connection back once idle ({@link GroupCommit}), and after any failure; the pool
 * checks it before lending it again, so a connection a database restart broke fails one attempt only.
 */
final class GroupWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GroupWriter.class);

    private final DataSource dataSource;
    private final AuditWriter audit;
    /** Which of the group commit's writers this is, from 1: each appends to a chain of its own. */
    private final int number;
    /** How many outages the node has seen: a connection kept from before the latest is broken. */
    private final LongSupplier outages;
    private Connection connection;
    private long takenAfterOutages;

    GroupWriter(DataSource dataSource, AuditWriter audit, int number, LongSupplier outages) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.number = number;
        this.outages = outages;
    }

    /** Writes the group and answers each request; if the group fails, writes each request alone. */
    void write(List<Pending> group) {
        try {
            writeTogether(group);
            group.forEach(pending -> pending.done().complete(null));
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                group.get(0).done().completeExceptionally(e);
                return;
            }
            LOG.warn("A group of {} appends failed ({}); writing each alone", group.size(), e.toString());
            for (Pending pending : group) {
                write(List.of(pending));
            }
        }
    }

    private void writeTogether(List<Pending> group) {
        List<AppendedRow> rows = new ArrayList<>();
        List<AuditRecord> records = new ArrayList<>(group.size());
        for (Pending pending : group) {
            rows.addAll(pending.rows());
            records.add(pending.record());
        }
        try {
            audit.commitGroup(connection(), records, new AppendedRows(rows), number);
        } catch (SQLException | RuntimeException e) {
            giveBackConnection();
            throw new PersistenceException("Could not write the group's rows and audit rows", e);
        }
    }

    private Connection connection() throws SQLException {
        if (connection != null && takenAfterOutages != outages.getAsLong()) {
            giveBackConnection(); // kept through an outage: broken, and the first request after it need not fail
        }
        if (connection == null) {
            takenAfterOutages = outages.getAsLong();
            connection = dataSource.getConnection();
        }
        return connection;
    }

    @Override
    public void close() {
        giveBackConnection();
    }

    /** Rolls back whatever is open and gives the connection back to the pool; the next group takes another. */
    void giveBackConnection() {
        Connection held = connection;
        connection = null;
        if (held == null) {
            return;
        }
        try (held) {
            if (!held.getAutoCommit()) {
                held.rollback();
                held.setAutoCommit(true); // as the pool lent it: the next borrower may not set it
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Giving back the group commit's connection: {}", e.toString());
        }
    }
}
