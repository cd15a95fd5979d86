package org.kintsugi.core.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.kintsugi.core.internal.db.AppendedRows;

/**
 * A group commit's rows and audit rows in one statement, so a group costs one round trip however many
 * requests it carries, and commits on its own: the rows as multi-row inserts; then the writer's chain head
 * locked (waited for, if an append outside the group commit holds it), a number drawn per audit row, the
 * hashes chained through the rows by a recursive query (each as {@link PostgresAuditAppend} completes one),
 * the audit rows written and the head moved to the last. It stands or falls whole.
 * <p>
 * Numbers are drawn only once the head is locked (the draw reads the head), and matched to the rows by their
 * order, not by the order the database happened to draw them in, so seq grows along the chain.
 */
final class PostgresGroupAppend {
    private static final String AUDIT = "head AS (" + AuditAppend.GIVEN_HEAD.replace("?", "?::int") + "), "
            + "input (n, between, occurred_at, actor, actor_id, action, module, record_type, record_id, source, "
            + "outcome) AS (VALUES %s), "
            + "drawn AS (SELECT nextval('audit_event_seq') AS seq FROM input, head), "
            + "numbered AS (SELECT seq, row_number() OVER (ORDER BY seq) AS n FROM drawn), "
            + "chained (n, seq, prev_hash, hash) AS (SELECT 0::bigint, 0::bigint, NULL::text, last_hash::text FROM head "
            + "UNION ALL SELECT c.n + 1, d.seq, c.hash, " + PostgresAuditAppend.chainHash("d.seq", "i.between", "c.hash")
            + " FROM chained c JOIN numbered d ON d.n = c.n + 1 JOIN input i ON i.n = c.n + 1), "
            + "appended AS (INSERT INTO audit_event (" + AuditAppend.COLUMNS + ") SELECT c.seq, head.id, "
            + "i.occurred_at, i.actor, i.actor_id, i.action, i.module, i.record_type, i.record_id, i.source, "
            + "i.outcome, c.prev_hash, c.hash FROM chained c JOIN input i ON i.n = c.n CROSS JOIN head), "
            + "moved AS (UPDATE audit_head SET last_seq = c.seq, last_hash = c.hash FROM chained c, head "
            + "WHERE audit_head.id = head.id AND c.n = %d) "
            // No such chain: fail the whole statement (a division by zero), or the rows would commit unaudited.
            + "SELECT 1 / (SELECT count(*)::int FROM head)";
    private static final String AUDIT_ROW = "(%d, ?::text, ?::timestamptz, ?::text, ?::text, ?::text, ?::text, "
            + "?::text, ?::text, ?::text, ?::text)";

    /** The statement's text for a shape of group (kinds and counts of rows, number of records), built once. */
    private final ConcurrentMap<String, String> statements = new ConcurrentHashMap<>();

    /** Inserts the rows and appends the records to the chain, as one statement on an auto-committing connection. */
    void insertAndAppend(Connection connection, Instant at, List<AuditRecord> records, AppendedRows rows, int chain)
            throws SQLException {
        List<String> inserts = rows.inserts();
        String sql = statements.computeIfAbsent(String.join(";", inserts) + ";" + records.size(),
                shape -> statement(inserts, records.size()));
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = rows.bind(statement, 1);
            statement.setInt(i++, chain);
            for (AuditRecord record : records) {
                statement.setString(i++, AuditChain.canonical(AuditEvent.hashedBetween(at, record)));
                i = AuditAppend.bindRecord(statement, i, at, record);
            }
            statement.executeQuery().close();
        }
    }

    private static String statement(List<String> inserts, int records) {
        StringBuilder sql = new StringBuilder("WITH RECURSIVE ");
        for (int kind = 0; kind < inserts.size(); kind++) {
            sql.append("rows_").append(kind).append(" AS (").append(inserts.get(kind)).append("), ");
        }
        List<String> auditRows = new ArrayList<>(records);
        for (int n = 1; n <= records; n++) {
            auditRows.add(AUDIT_ROW.formatted(n));
        }
        return sql.append(AUDIT.formatted(String.join(", ", auditRows), records)).toString();
    }
}
