package org.kintsugi.itests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.osgi.framework.BundleContext;

/** The audit table as an intruder or an investigator sees it, straight in the database. */
final class AuditRows {
    private AuditRows() {
    }

    /** Rows are numbered from a sequence, so the row to tamper with is looked up, not counted. */
    static long lastSeq(BundleContext bundleContext, String actor, String action) throws SQLException {
        try (Connection c = TestDatabase.connect(bundleContext);
             PreparedStatement s = c.prepareStatement("SELECT max(seq) FROM audit_event WHERE actor = ? AND action = ?")) {
            s.setString(1, actor);
            s.setString(2, action);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** What an intruder with the owner's database rights could do: switch the guard off and edit. */
    static String tamper(BundleContext bundleContext, long seq, String actor) throws SQLException {
        try (Connection c = TestDatabase.connect(bundleContext); Statement s = c.createStatement()) {
            String original;
            try (ResultSet row = s.executeQuery("SELECT actor FROM audit_event WHERE seq = " + seq)) {
                row.next();
                original = row.getString(1);
            }
            s.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete");
            try (PreparedStatement update = c.prepareStatement("UPDATE audit_event SET actor = ? WHERE seq = ?")) {
                update.setString(1, actor);
                update.setLong(2, seq);
                update.executeUpdate();
            } finally {
                s.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete");
            }
            return original;
        }
    }
}
