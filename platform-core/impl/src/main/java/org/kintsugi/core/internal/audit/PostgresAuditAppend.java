package org.kintsugi.core.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Two round trips. The number is drawn in the outer query, so only after the inner one has locked its
 * head (a locked subquery is never merged into its parent). The row and the head's move go in one
 * statement through a data-modifying WITH: both happen, or neither.
 */
final class PostgresAuditAppend extends AuditAppend {
    private static final String LOCK_AND_DRAW = "SELECT h.id, h.last_hash, nextval('audit_event_seq') FROM (%s) h";
    private static final String FREE = LOCK_AND_DRAW.formatted(FREE_HEAD);
    private static final String GIVEN = LOCK_AND_DRAW.formatted(GIVEN_HEAD);
    private static final String WRITE_AND_ADVANCE = "WITH appended AS (" + INSERT + ") " + ADVANCE;

    @Override
    Head lock(Connection connection, Integer chain) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(chain == null ? FREE : GIVEN)) {
            return read(select, chain, head -> head.getLong(3));
        }
    }

    @Override
    void write(Connection connection, AuditEvent event) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(WRITE_AND_ADVANCE)) {
            bindAdvance(statement, bindRow(statement, 1, event), event);
            statement.executeUpdate();
        }
    }
}
