package org.kintsugi.core.internal.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A new row that nothing else in its request reads or changes: it can commit in a transaction shared
 * with other requests' rows (the group commit, {@code commit.GroupCommit}). Rows of one kind (the same
 * {@link #insertInto}) go out as one multi-row insert ({@link AppendedRows}). A request appends a few rows
 * at most: a group of 64 requests ({@code GroupCommit.MAX_GROUP}) goes out as one statement, within
 * PostgreSQL's 32,767 placeholders.
 */
public interface AppendedRow {
    /** {@code INSERT INTO table (columns)}: the same text for every row of a kind. */
    String insertInto();

    /** This row's tuple for the insert's {@code VALUES}, with placeholders: the same text for every row of a kind. */
    String values();

    /** Binds this row's values to its tuple's placeholders, the first at {@code first}; returns the next free index. */
    int bind(PreparedStatement insert, int first) throws SQLException;
}
