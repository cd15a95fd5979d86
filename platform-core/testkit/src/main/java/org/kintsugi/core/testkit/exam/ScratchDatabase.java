package org.kintsugi.core.testkit.exam;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * A PostgreSQL database of one test suite's own, made anew on the test server (the one {@code .ci/postgres.sh}
 * starts, named by {@code kintsugi.it.db.*}) and owned by the tests' role: suites never see each other's rows.
 */
final class ScratchDatabase {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final String url;

    private ScratchDatabase(String url) {
        this.url = url;
    }

    static ScratchDatabase fresh(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A database name is lower-case letters, digits and _: " + name);
        }
        String server = required("kintsugi.it.db.url");
        String base = server.substring(0, server.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(base + "postgres", required("kintsugi.it.db.admin.user"),
                required("kintsugi.it.db.admin.password")); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name + " OWNER " + required("kintsugi.it.db.user"));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make the test database " + name + " on " + base
                    + " (run the tests through .ci/test, or start PostgreSQL with .ci/postgres.sh)", e);
        }
        return new ScratchDatabase(base + name);
    }

    String url() {
        return url;
    }

    String user() {
        return required("kintsugi.it.db.user");
    }

    String password() {
        return required("kintsugi.it.db.password");
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException("System property " + property + " is not set: start PostgreSQL with "
                    + "eval \"$(.ci/postgres.sh start)\", or run the tests through .ci/test");
        }
        return value;
    }
}
