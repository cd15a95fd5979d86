package org.kintsugi.itests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL database of a test's own on the suite's server, made and dropped as its superuser, with
 * roles of its own: for distribution tests (outside the Pax Exam container) that set a node up as an
 * operator would. Names are the test's, so nothing else on the server is touched.
 */
final class ScratchDatabase implements AutoCloseable {
    final String name;

    ScratchDatabase(String name) throws SQLException {
        this.name = name;
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** A login role with the suite's throw-away password, made anew. */
    ScratchDatabase role(String role) throws SQLException {
        admin("DROP ROLE IF EXISTS " + role);
        admin("CREATE ROLE " + role + " LOGIN PASSWORD '" + TestDatabase.password() + "'");
        return this;
    }

    ScratchDatabase create(String owner) throws SQLException {
        admin("CREATE DATABASE " + name + " OWNER " + owner);
        return this;
    }

    String url() {
        String suite = TestDatabase.url();
        return suite.substring(0, suite.lastIndexOf('/') + 1) + name;
    }

    /** A connection to this database as {@code role} (whose password is the suite's). */
    Connection connect(String role) throws SQLException {
        return DriverManager.getConnection(url(), role, TestDatabase.password());
    }

    @Override
    public void close() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void admin(String sql) throws SQLException {
        String suite = TestDatabase.url();
        String server = suite.substring(0, suite.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(server, System.getProperty("kintsugi.it.db.admin.user"),
                System.getProperty("kintsugi.it.db.admin.password")); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
