package org.kintsugi.core.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.kintsugi.core.internal.db.AppendedRows;

/**
 * One round trip: lock a head, draw the row's number, hash, write the row and move the head, in one
 * statement. The number is drawn only after the head is locked: a CTE that locks, or calls a volatile
 * function, is never merged into the query that reads it. The database completes the chain hash
 * ({@link AuditChain#canonical}), as only it knows the number and the previous hash first: each is written
 * as its length, a colon and its text around the fields Java has already laid out the same way, so the
 * verifier recomputes exactly the same hash in Java.
 */
final class PostgresAuditAppend extends AuditAppend {
    private static final String APPEND = "WITH head AS (%s), "
            + "drawn AS (SELECT id, last_hash, nextval('audit_event_seq') AS seq FROM head), "
            + "hashed AS (SELECT id, last_hash, seq, " + chainHash("seq", "?::text", "last_hash") + " AS hash FROM drawn), "
            + "appended AS (INSERT INTO audit_event (" + COLUMNS + ") "
            + "SELECT seq, id, ?, ?, ?, ?, ?, ?, ?, ?, ?, last_hash, hash FROM hashed) "
            + "UPDATE audit_head SET last_seq = hashed.seq, last_hash = hashed.hash FROM hashed "
            + "WHERE audit_head.id = hashed.id";
    private static final String ON_FREE_HEAD = APPEND.formatted(FREE_HEAD);
    private static final String ON_GIVEN_HEAD = APPEND.formatted(GIVEN_HEAD.replace("?", "?::int"));
    private final PostgresGroupAppend group = new PostgresGroupAppend();

    /**
     * The chain hash as SQL over the given expressions: the row's number, the fields between (already laid
     * out by {@link AuditChain#canonical}) and the previous hash. The one place the database's side of the
     * formula is written, so every statement that appends hashes as the verifier does.
     */
    static String chainHash(String seq, String between, String previous) {
        return "encode(sha256(convert_to(length(" + seq + "::text) || ':' || " + seq + "::text || " + between
                + " || length(" + previous + ") || ':' || " + previous + ", 'UTF8')), 'hex')";
    }

    /** A group commit's rows and records in one statement, which commits on its own. */
    @Override
    void commitGroup(Connection connection, Instant at, List<AuditRecord> records, AppendedRows rows, int chain,
            int chains) throws SQLException {
        connection.setAutoCommit(true); // one statement is one transaction: no BEGIN, no COMMIT to wait for
        group.insertAndAppend(connection, at, records, rows, chain);
    }

    @Override
    void append(Connection connection, Instant at, AuditRecord record, int chains) throws SQLException {
        String between = AuditChain.canonical(AuditEvent.hashedBetween(at, record));
        if (run(connection, ON_FREE_HEAD, null, between, at, record) == 0) {
            run(connection, ON_GIVEN_HEAD, anyChain(chains), between, at, record); // every head busy: wait for one
        }
    }

    private static int run(Connection connection, String sql, Integer chain, String between, Instant at,
            AuditRecord record) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            if (chain != null) {
                statement.setInt(i++, chain);
            }
            statement.setString(i++, between);
            bindRecord(statement, i, at, record);
            return statement.executeUpdate();
        }
    }
}
