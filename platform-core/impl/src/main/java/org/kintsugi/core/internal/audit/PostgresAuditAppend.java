package org.kintsugi.core.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
            + "hashed AS (SELECT id, last_hash, seq, encode(sha256(convert_to(length(seq::text) || ':' || seq::text "
            + "|| ?::text || length(last_hash) || ':' || last_hash, 'UTF8')), 'hex') AS hash FROM drawn), "
            + "appended AS (INSERT INTO audit_event (" + COLUMNS + ") "
            + "SELECT seq, id, ?, ?, ?, ?, ?, ?, ?, ?, ?, last_hash, hash FROM hashed) "
            + "UPDATE audit_head SET last_seq = hashed.seq, last_hash = hashed.hash FROM hashed "
            + "WHERE audit_head.id = hashed.id";
    private static final String ON_FREE_HEAD = APPEND.formatted(FREE_HEAD);
    private static final String ON_GIVEN_HEAD = APPEND.formatted(GIVEN_HEAD.replace("?", "?::int"));
    /** Locks a head and draws numbers for a stretch of rows after it, drawn once the head is locked. */
    private static final String NUMBERED = "WITH head AS (%s) SELECT id, last_hash, "
            + "ARRAY(SELECT nextval('audit_event_seq') FROM generate_series(1, ?)) FROM head";
    private static final String FREE_HEAD_NUMBERED = NUMBERED.formatted(FREE_HEAD);
    private static final String GIVEN_HEAD_NUMBERED = NUMBERED.formatted(GIVEN_HEAD);

    /**
     * Several records (a group commit's): one head locked and numbers drawn for all in one round trip, the
     * hashes chained in Java, the rows written as one batch and the head moved to the last. Three round trips
     * however many rows.
     */
    @Override
    void append(Connection connection, Instant at, List<AuditRecord> records, int chains) throws SQLException {
        if (records.size() == 1) {
            append(connection, at, records.get(0), chains);
            return;
        }
        List<AuditEvent> events = lockNumbered(connection, null, at, records);
        if (events == null) {
            events = lockNumbered(connection, anyChain(chains), at, records); // every head busy: wait for one
        }
        write(connection, at, records, events);
    }

    /** The records' rows after the locked head, numbered and chained; null if no head was free. */
    private static List<AuditEvent> lockNumbered(Connection connection, Integer chain, Instant at,
            List<AuditRecord> records) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(chain == null ? FREE_HEAD_NUMBERED : GIVEN_HEAD_NUMBERED)) {
            int i = 1;
            if (chain != null) {
                select.setInt(i++, chain);
            }
            select.setInt(i, records.size());
            try (ResultSet head = select.executeQuery()) {
                if (!head.next()) {
                    return null;
                }
                Long[] numbers = (Long[]) head.getArray(3).getArray();
                List<AuditEvent> events = new ArrayList<>(records.size());
                String previous = head.getString(2);
                for (int row = 0; row < records.size(); row++) {
                    AuditEvent event = new AuditEvent(head.getInt(1), numbers[row], at, records.get(row), previous);
                    events.add(event);
                    previous = event.getHash();
                }
                return events;
            }
        }
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
