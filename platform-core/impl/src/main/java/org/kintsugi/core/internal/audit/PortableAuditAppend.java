package org.kintsugi.core.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Plain statements, one at a time, for the embedded H2: a first look, not a production load. */
final class PortableAuditAppend extends AuditAppend {
    @Override
    Head lock(Connection connection, Integer chain) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(chain == null ? FREE_HEAD : GIVEN_HEAD)) {
            return read(select, chain, head -> next(connection));
        }
    }

    @Override
    void write(Connection connection, AuditEvent event) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bindRow(insert, 1, event);
            insert.executeUpdate();
        }
        try (PreparedStatement advance = connection.prepareStatement(ADVANCE)) {
            bindAdvance(advance, 1, event);
            advance.executeUpdate();
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
