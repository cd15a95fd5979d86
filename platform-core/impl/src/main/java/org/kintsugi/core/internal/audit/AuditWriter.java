package org.kintsugi.core.internal.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.kintsugi.core.internal.db.AppendedRows;

/** Appends to the hash-chained audit trail. */
public interface AuditWriter {
    /** Appends the record in the caller's transaction (or one of its own), so it commits with what it records. */
    void record(AuditRecord record);

    /**
     * Inserts a group commit's rows, appends their requests' records in order to the chain kept for
     * {@code writer} (one of the group commit's writers, from 1), and commits, on the connection, which is
     * the writer's own: in one round trip where the database allows. Throws, with nothing committed, if any
     * of it fails.
     */
    void commitGroup(Connection connection, List<AuditRecord> records, AppendedRows rows, int writer) throws SQLException;
}
