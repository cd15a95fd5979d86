package org.kintsugi.core.internal.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A new row that nothing else in its request reads or changes: it can commit in a transaction shared
 * with other requests' rows ({@link GroupCommit}). Rows with the same {@link #sql} go out as one batch.
 */
public interface AppendedRow {
    /** The insert, with placeholders; the same text for every row of a kind. */
    String sql();

    /** Binds this row's values to the insert's placeholders. */
    void bind(PreparedStatement insert) throws SQLException;
}
