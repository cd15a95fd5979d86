package org.kintsugi.core.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Plain statements, one at a time, for the embedded H2 (a first look, not a production load): lock a
 * head, draw the number, write the row, move the head.
 */
final class PortableAuditAppend extends AuditAppend {
    /** A locked head and the number drawn for the row that will follow it. */
    private record Head(int chain, String lastHash, long seq) {
    }

    @Override
    void append(Connection connection, Instant at, AuditRecord record, int chains) throws SQLException {
        Head free = lock(connection, null);
        Head head = free != null ? free : lock(connection, anyChain(chains));
        write(connection, at, List.of(record), List.of(new AuditEvent(head.chain(), head.seq(), at, record, head.lastHash())));
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
