package org.kintsugi.core.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AppendedRowsTest {
    /** A row of a kind named by its table, with one placeholder per value. */
    private record Row(String table, String... cells) implements AppendedRow {
        @Override
        public String insertInto() {
            return "INSERT INTO " + table + " (v)";
        }

        @Override
        public String values() {
            return "(" + String.join(", ", java.util.Collections.nCopies(cells.length, "?")) + ")";
        }

        @Override
        public int bind(PreparedStatement insert, int first) throws SQLException {
            int i = first;
            for (String value : cells) {
                insert.setString(i++, value);
            }
            return i;
        }
    }

    @Test
    void rowsOfOneKindGoOutAsOneInsertInTheOrderTheirKindFirstAppears() {
        AppendedRows rows = new AppendedRows(List.of(new Row("a", "1"), new Row("b", "2", "3"), new Row("a", "4")));

        assertEquals(List.of("INSERT INTO a (v) VALUES (?), (?)", "INSERT INTO b (v) VALUES (?, ?)"), rows.inserts());
    }

    @Test
    void eachValueIsBoundToItsOwnPlaceholderAfterThoseBeforeIt() throws SQLException {
        AppendedRows rows = new AppendedRows(List.of(new Row("a", "1"), new Row("b", "2", "3"), new Row("a", "4")));
        List<String> bound = new ArrayList<>();
        PreparedStatement statement = (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    bound.add(args[0] + "=" + args[1]);
                    return null;
                });

        int next = rows.bind(statement, 3);

        // The inserts' order: kind a's rows (1, 4), then kind b's (2, 3), from the first free placeholder.
        assertEquals(List.of("3=1", "4=4", "5=2", "6=3"), bound);
        assertEquals(7, next);
    }
}
