package org.kintsugi.core.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Appended rows as inserts: one multi-row insert per kind of row, in the order the kinds first appear. */
public final class AppendedRows {
    private final Map<String, List<AppendedRow>> byKind = new LinkedHashMap<>();

    public AppendedRows(List<AppendedRow> rows) {
        rows.forEach(row -> byKind.computeIfAbsent(row.insertInto(), kind -> new ArrayList<>()).add(row));
    }

    public boolean isEmpty() {
        return byKind.isEmpty();
    }

    /** One statement per kind, each {@code INSERT INTO ... VALUES (...), (...)}, with placeholders. */
    public List<String> inserts() {
        return byKind.entrySet().stream().map(kind -> kind.getKey() + " VALUES "
                + kind.getValue().stream().map(AppendedRow::values).collect(Collectors.joining(", "))).toList();
    }

    /** Binds every row, kind after kind as {@link #inserts} lays them out, from {@code first}; returns the next free index. */
    public int bind(PreparedStatement statement, int first) throws SQLException {
        int next = first;
        for (List<AppendedRow> kind : byKind.values()) {
            for (AppendedRow row : kind) {
                next = row.bind(statement, next);
            }
        }
        return next;
    }

    /** Runs the inserts, one statement each, on the connection's transaction. */
    public void insert(Connection connection) throws SQLException {
        List<String> inserts = inserts();
        int kind = 0;
        for (List<AppendedRow> rows : byKind.values()) {
            try (PreparedStatement insert = connection.prepareStatement(inserts.get(kind++))) {
                int next = 1;
                for (AppendedRow row : rows) {
                    next = row.bind(insert, next);
                }
                insert.executeUpdate();
            }
        }
    }
}
