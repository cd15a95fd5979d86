package org.kintsugi.core.internal.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When migrations run as the tables' owner and requests as another role, that role gets exactly what
 * requests need, after every migration (so a module's new tables too): read and write every table, but
 * never rewrite or remove an audit row; no TRUNCATE anywhere; no DDL, so it cannot switch a trigger off.
 * PostgreSQL only; re-granting what is held changes nothing.
 */
final class ServiceGrants {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceGrants.class);

    private ServiceGrants() {
    }

    static void grant(Connection owner, String service) throws SQLException {
        String role = quoted(service);
        try (Statement s = owner.createStatement()) {
            String schema = currentSchema(s);
            s.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + role);
            s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
            s.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + role);
            // A module may migrate before the core has made these: revoke on those there are.
            if (exists(s, "audit_event")) {
                s.execute("REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_event FROM " + role);
            }
            for (String liquibase : new String[] {"databasechangelog", "databasechangeloglock"}) {
                if (exists(s, liquibase)) {
                    s.execute("REVOKE ALL ON " + liquibase + " FROM " + role);
                }
            }
        }
        if (!owner.getAutoCommit()) {
            owner.commit(); // Liquibase left the connection in a transaction: grants would be rolled back on close
        }
    }

    /** The service should never own the tables: it could switch the audit trail's guard off. Said, not refused. */
    static void warnIfServiceOwnsAudit(Connection service) throws SQLException {
        try (Statement s = service.createStatement(); ResultSet r = s.executeQuery(
                "SELECT tableowner = current_user FROM pg_tables WHERE tablename = 'audit_event' "
                        + "AND schemaname = current_schema()")) {
            if (r.next() && r.getBoolean(1)) {
                LOG.warn("Kintsugi connects as the owner of its tables, which could switch off the audit trail's "
                        + "append-only guard. In production, let migrations run as the owner (KINTSUGI_DB_OWNER_USER) "
                        + "and requests as a role that owns nothing (README, 'Database roles').");
            }
        }
    }

    private static boolean exists(Statement s, String table) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
            r.next();
            return r.getBoolean(1);
        }
    }

    private static String currentSchema(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT current_schema()")) {
            r.next();
            return quoted(r.getString(1));
        }
    }

    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
