package org.kintsugi.core.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Plain statements, one at a time, for the embedded H2 (a first look, not a production load): lock a
 * head, draw the number, write the row, move the head.
 */
final class PortableAuditAppend extends AuditAppend {
    private static final String INSERT = "INSERT INTO audit_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String ADVANCE = "UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = ?";

    /** A locked head and the number drawn for the row that will follow it. */
    private record Head(int chain, String lastHash, long seq) {
    }

    @Override
    void append(Connection connection, Instant at, AuditRecord record, int chains) throws SQLException {
        Head free = lock(connection, null);
        Head head = free != null ? free : lock(connection, anyChain(chains));
        write(connection, at, record, new AuditEvent(head.chain(), head.seq(), at, record, head.lastHash()));
    }

    /** Writes the row, whose number and hash are known, then moves its head to it. */
    private static void write(Connection connection, Instant at, AuditRecord record, AuditEvent event)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setLong(1, event.getSeq());
            insert.setInt(2, event.getChain());
            int i = bindRecord(insert, 3, at, record);
            insert.setString(i++, event.getPrevHash());
            insert.setString(i, event.getHash());
            insert.executeUpdate();
        }
        try (PreparedStatement advance = connection.prepareStatement(ADVANCE)) {
            advance.setLong(1, event.getSeq());
            advance.setString(2, event.getHash());
            advance.setInt(3, event.getChain());
            advance.executeUpdate();
        }
    }

    /** Locks the given head, or the first free one when {@code chain} is null; null when none is free. */
    private static Head lock(Connection connection, Integer chain) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(chain == null ? FREE_HEAD : GIVEN_HEAD)) {
            if (chain != null) {
                select.setInt(1, chain);
            }
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new Head(row.getInt(1), row.getString(2), next(connection)) : null;
            }
        }
    }

    private static long next(Connection connection) throws SQLException {
        try (PreparedStatement draw = connection.prepareStatement("SELECT nextval('audit_event_seq')");
                ResultSet row = draw.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
