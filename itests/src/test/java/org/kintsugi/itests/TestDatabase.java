package org.kintsugi.itests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * The PostgreSQL the suite runs on (started by .ci/postgres.sh). Outside the container it empties
 * the schema before the suite; inside it gives tests their own connection, as a DBA would have.
 */
final class TestDatabase {
    private static boolean reset;

    private TestDatabase() {
    }

    static String url() {
        return required("kintsugi.it.db.url");
    }

    static String user() {
        return required("kintsugi.it.db.user");
    }

    static String password() {
        return required("kintsugi.it.db.password");
    }

    /** An empty schema, so migrations run from the start. Once per JVM: the container is shared. */
    static synchronized void resetOnce() {
        if (reset) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url(), user(), password()); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
            reset = true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database at " + url()
                    + " (run the tests through .ci/run, or start it with .ci/postgres.sh)", e);
        }
    }

    /** Inside the container: a connection through the PostgreSQL driver bundle. */
    static Connection connect(BundleContext context, String url) throws SQLException {
        try {
            ServiceReference<DataSourceFactory> ref = context.getServiceReferences(DataSourceFactory.class,
                    "(osgi.jdbc.driver.class=org.postgresql.Driver)").iterator().next();
            Properties props = new Properties();
            props.put(DataSourceFactory.JDBC_URL, url);
            props.put(DataSourceFactory.JDBC_USER, user());
            props.put(DataSourceFactory.JDBC_PASSWORD, password());
            return context.getService(ref).createDataSource(props).getConnection();
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Connection connect(BundleContext context) throws SQLException {
        return connect(context, url());
    }

    /** Test setup: the case's first contact fell due {@code daysAgo} days ago (the task and the case's next due date). */
    static void firstContactFellDue(BundleContext context, String caseId, int daysAgo) throws SQLException {
        try (Connection c = connect(context); java.sql.PreparedStatement s = c.prepareStatement(
                "WITH task AS (UPDATE case_task SET due_on = ? WHERE case_id = ? RETURNING case_id, due_on) "
                        + "UPDATE rj_case SET next_due_on = task.due_on FROM task WHERE id = task.case_id")) {
            s.setObject(1, java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(daysAgo));
            s.setString(2, caseId);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("The case " + caseId + " has no task to fall due");
            }
        }
    }

    /** Other sessions of the suite's database waiting for a lock while running a statement like {@code queryLike}. */
    static int sessionsWaitingForLock(BundleContext context, String queryLike) {
        try (Connection c = connect(context); java.sql.PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                        + "AND wait_event_type = 'Lock' AND query LIKE ?")) {
            s.setString(1, queryLike);
            try (java.sql.ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isEmpty() || value.startsWith("${")) {
            throw new IllegalStateException("System property " + property + " is not set: run the tests through "
                    + ".ci/run, or export the KINTSUGI_IT_DB_* variables that .ci/postgres.sh start prints");
        }
        return value;
    }

    /** Closes the database to new connections and ends the open ones: an outage as the platform sees it. */
    static void closeToConnections(BundleContext context, boolean off) throws SQLException {
        String database = url().substring(url().lastIndexOf('/') + 1);
        String admin = url().substring(0, url().lastIndexOf('/') + 1) + "postgres";
        try (Connection c = connect(context, admin); Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS " + !off);
            if (off) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
            }
        }
    }
}
