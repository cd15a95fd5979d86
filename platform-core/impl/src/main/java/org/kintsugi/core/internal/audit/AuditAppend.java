package org.kintsugi.core.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.kintsugi.core.internal.db.AppendedRows;

/**
 * The statements of one append, in plain JDBC on the request's own connection: an audit row is written
 * on every audited request, and going through the entity manager cost more CPU than the statements.
 * On PostgreSQL an append is one round trip; other databases (the embedded H2) take four. A group
 * commit's rows and audit rows go out together ({@link #commitGroup}).
 * <p>
 * An append takes the first chain head no other transaction holds (one this transaction holds counts as
 * free); when all are busy, one picked at random, waited for. The row's number is drawn once its head is
 * locked, so seq grows along every chain as well as overall.
 */
abstract class AuditAppend {
    static final String FREE_HEAD = "SELECT id, last_hash FROM audit_head ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED";
    static final String GIVEN_HEAD = "SELECT id, last_hash FROM audit_head WHERE id = ? FOR UPDATE";
    static final String COLUMNS = "seq, chain, occurred_at, actor, actor_id, action, module, record_type, record_id, "
            + "source, outcome, prev_hash, hash";

    static AuditAppend forDatabase(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return "PostgreSQL".equalsIgnoreCase(product) ? new PostgresAuditAppend() : new PortableAuditAppend();
    }

    /** Appends the record, stamped {@code at}, to one of {@code chains} chains, in the connection's transaction. */
    abstract void append(Connection connection, Instant at, AuditRecord record, int chains) throws SQLException;

    /**
     * Inserts a group commit's rows, appends the records in order, and commits. Here as one local transaction
     * of plain statements, the records each on the first free chain; a database that can does it in one
     * statement on {@code chain}.
     */
    void commitGroup(Connection connection, Instant at, List<AuditRecord> records, AppendedRows rows, int chain,
            int chains) throws SQLException {
        connection.setAutoCommit(false);
        rows.insert(connection);
        for (AuditRecord record : records) {
            append(connection, at, record, chains);
        }
        connection.commit();
    }

    /** Binds the stamp and the record's eight columns from {@code first}; returns the next free index. */
    static int bindRecord(PreparedStatement statement, int first, Instant at, AuditRecord record) throws SQLException {
        int i = first;
        statement.setTimestamp(i++, Timestamp.from(at));
        for (String text : new String[] {record.actor(), record.actorId(), record.action(), record.module(),
            record.recordType(), record.recordId(), record.source(), record.outcome()}) {
            statement.setString(i++, text);
        }
        return i;
    }

    static int anyChain(int chains) {
        return 1 + ThreadLocalRandom.current().nextInt(chains);
    }
}
