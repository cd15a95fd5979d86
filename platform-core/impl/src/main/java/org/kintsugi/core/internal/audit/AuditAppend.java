package org.kintsugi.core.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The statements of one append, in plain JDBC on the request's own connection: an audit row is written
 * on every audited request, and going through the entity manager cost more CPU than the statements.
 * On PostgreSQL an append is two round trips: lock a free head and draw the row's number in one, write
 * the row and move the head in the other. Other databases (the embedded H2) take four.
 */
abstract class AuditAppend {
    static final String FREE_HEAD = "SELECT id, last_hash FROM audit_head ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED";
    static final String GIVEN_HEAD = "SELECT id, last_hash FROM audit_head WHERE id = ? FOR UPDATE";
    static final String INSERT = "INSERT INTO audit_event (seq, chain, occurred_at, actor, actor_id, action, module, "
            + "record_type, record_id, source, outcome, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String ADVANCE = "UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = ?";

    /** A locked head and the number drawn for the row that will follow it. */
    record Head(int chain, String lastHash, long seq) {
    }

    static AuditAppend forDatabase(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return "PostgreSQL".equalsIgnoreCase(product) ? new PostgresAuditAppend() : new PortableAuditAppend();
    }

    /**
     * The first head no other transaction holds (one this transaction holds counts as free); when all are
     * busy, one picked at random, waited for. The number is drawn once the head is locked, so seq grows
     * along every chain as well as overall.
     */
    final Head lockHead(Connection connection, int chains) throws SQLException {
        Head free = lock(connection, null);
        return free != null ? free : lock(connection, 1 + ThreadLocalRandom.current().nextInt(chains));
    }

    /** Locks the given head, or the first free one when {@code chain} is null; null when none is free. */
    abstract Head lock(Connection connection, Integer chain) throws SQLException;

    abstract void write(Connection connection, AuditEvent event) throws SQLException;

    static Head read(PreparedStatement select, Integer chain, SeqSource seq) throws SQLException {
        if (chain != null) {
            select.setInt(1, chain);
        }
        try (ResultSet row = select.executeQuery()) {
            return row.next() ? new Head(row.getInt(1), row.getString(2), seq.draw(row)) : null;
        }
    }

    /** Binds the row's thirteen columns from {@code first}; returns the next free parameter index. */
    static int bindRow(PreparedStatement insert, int first, AuditEvent event) throws SQLException {
        int i = first;
        insert.setLong(i++, event.getSeq());
        insert.setInt(i++, event.getChain());
        insert.setTimestamp(i++, Timestamp.from(event.getOccurredAt()));
        insert.setString(i++, event.getActor());
        insert.setString(i++, event.getActorId());
        insert.setString(i++, event.getAction());
        insert.setString(i++, event.getModule());
        insert.setString(i++, event.getRecordType());
        insert.setString(i++, event.getRecordId());
        insert.setString(i++, event.getSource());
        insert.setString(i++, event.getOutcome());
        insert.setString(i++, event.getPrevHash());
        insert.setString(i++, event.getHash());
        return i;
    }

    static void bindAdvance(PreparedStatement advance, int first, AuditEvent event) throws SQLException {
        advance.setLong(first, event.getSeq());
        advance.setString(first + 1, event.getHash());
        advance.setInt(first + 2, event.getChain());
    }

    /** Where a head's row number comes from: the same result row, or a statement after the lock. */
    interface SeqSource {
        long draw(ResultSet head) throws SQLException;
    }
}
