package org.kintsugi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kintsugi.core.testkit.exam.Await;

/**
 * A node killed while it migrates leaves Liquibase's lock marked; the next node to start must not wait for
 * it for ever. An upgrade is pending (one changeset undone), node A starts applying it and is caught there
 * (the table it alters is held), node B starts and waits for it (A is alive: its lock is respected), A is
 * killed with SIGKILL, and B releases the lock A left, applies the changeset and starts.
 */
class MigrationLockIT {
    private static final String ROLE = "kintsugi_lock_it";
    private static final String PENDING = "core-22-holiday-column-not-reserved";
    private final Distribution a = new Distribution();
    private final Distribution b = new Distribution();
    private ScratchDatabase database;

    @Test
    void aLockLeftByANodeKilledMidMigrationIsReleasedByTheNextAndOnlyThen() throws Exception {
        database = new ScratchDatabase("kintsugi_lock_it").role(ROLE).create(ROLE);
        onDatabase(a);
        onDatabase(b);
        a.start();
        a.awaitHealthy();
        a.stop();

        try (Connection owner = database.connect(ROLE); Statement s = owner.createStatement()) {
            // As before an upgrade: the last change to the holidays table not applied yet.
            s.execute("ALTER TABLE region_holiday RENAME COLUMN holiday_on TO day");
            s.execute("DELETE FROM databasechangelog WHERE id = '" + PENDING + "'");
        }
        try (Connection holder = database.connect(ROLE); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.execute("LOCK TABLE region_holiday IN ACCESS EXCLUSIVE MODE");
            a.start();
            Await.until("node A to be migrating, its lock marked, behind the held table", Duration.ofSeconds(90),
                    () -> waiting("Lock") >= 1 && lockMarked());
            b.start();
            Await.until("node B to wait for live node A", Duration.ofSeconds(90), () -> advisoryWaiters() >= 1);
            assertTrue(lockMarked(), "B has not touched the lock of a live node");

            long pid = Long.parseLong(Files.readString(a.home.resolve("karaf.pid")).trim());
            ProcessHandle karaf = ProcessHandle.of(pid).orElseThrow();
            karaf.destroyForcibly(); // SIGKILL: the node dies mid-migration, as a power cut would
            karaf.onExit().get(30, TimeUnit.SECONDS);
            Files.deleteIfExists(a.home.resolve("karaf.pid"));
            holder.rollback();
        }
        b.awaitHealthy();
        assertTrue(log(b).contains("Released the schema migration lock left by"), "B says what it released");
        assertTrue(!lockMarked(), "and the lock is free again");
        assertEquals(1, count("SELECT count(*) FROM databasechangelog WHERE id = '" + PENDING + "'"),
                "the change A was killed in, B applied");
        assertEquals(1, count("SELECT count(*) FROM information_schema.columns WHERE table_name = 'region_holiday' "
                + "AND column_name = 'holiday_on'"));
    }

    private void onDatabase(Distribution node) {
        node.env.put("KINTSUGI_DB_URL", database.url());
        node.env.put("KINTSUGI_DB_USER", ROLE);
        node.env.put("KINTSUGI_DB_PASSWORD", TestDatabase.password());
    }

    /** Sessions on the test's database waiting for a lock of the given type ("Lock" for tables, rows, advisory). */
    private long waiting(String type) {
        return count("SELECT count(*) FROM pg_stat_activity WHERE datname = '" + database.name
                + "' AND wait_event_type = '" + type + "'");
    }

    private long advisoryWaiters() {
        return count("SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE a.datname = '"
                + database.name + "' AND l.locktype = 'advisory' AND NOT l.granted");
    }

    private boolean lockMarked() {
        return count("SELECT count(*) FROM databasechangeloglock WHERE locked") == 1;
    }

    private long count(String sql) {
        try (Connection c = database.connect(ROLE); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String log(Distribution node) {
        try {
            return node.log();
        } catch (java.io.IOException e) {
            return "";
        }
    }

    @AfterEach
    void stopWhatWeStarted() throws Exception {
        a.stop();
        b.stop();
        if (database != null) {
            database.close();
        }
    }
}
