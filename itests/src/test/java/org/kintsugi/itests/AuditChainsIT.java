package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.kintsugi.core.testkit.exam.Await;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * The audit trail is kept in several hash chains so that audited requests do not queue behind one
 * locked row: an append takes a chain no other transaction holds, and tampering in any chain is found.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AuditChainsIT extends KintsugiTestSupport {
    private static final int CHAINS = 16;

    @Test
    public void anAuditedRequestDoesNotWaitForAChainAnotherTransactionHolds() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        long started = System.nanoTime();
        whileOtherTransactionsHoldEveryChainButTheLast(() -> {
            assertEquals(200, api.get("/api/auth/me", admin).status());
            assertEquals(200, api.get("/api/regions", admin).status());
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue("audited requests waited " + millis + " ms for locked chains", millis < 5_000);
        List<long[]> rows = rows("admin", "GET /regions");
        assertEquals("the request's row went to the free chain", CHAINS, rows.get(rows.size() - 1)[1]);
        assertTrue(api.get("/api/audit/verify", admin).json().get("intact").asBoolean());
    }

    @Test
    public void whenEveryChainIsHeldARequestWaitsForOneAndLinksItsRow() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        CompletableFuture<Integer> waiting;
        try (Connection holder = TestDatabase.connect(bundleContext); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.executeQuery("SELECT id FROM audit_head FOR UPDATE").close();
            waiting = CompletableFuture.supplyAsync(() -> api.get("/api/regions", admin).status());
            Await.until("the request to wait for a chain head", Duration.ofSeconds(10),
                    () -> waitingForALock() >= 1);
            assertFalse("no chain was free, so it cannot have answered", waiting.isDone());
            holder.rollback();
        }
        assertEquals(Integer.valueOf(200), waiting.get(10, TimeUnit.SECONDS));
        List<long[]> rows = rows("admin", "GET /regions");
        assertTrue("its row was written", !rows.isEmpty());
        assertTrue(api.get("/api/audit/verify", admin).json().get("intact").asBoolean());
    }

    /** Other sessions of this database waiting for a row lock (the API's, for a chain head). */
    private int waitingForALock() {
        return TestDatabase.sessionsWaitingForLock(bundleContext, "%audit_head%");
    }

    @Test
    public void aRowRemovedFromAnyChainIsFound() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        whileOtherTransactionsHoldEveryChainButTheLast(() -> {
            api.get("/api/auth/me", admin);
            api.get("/api/auth/me", admin);
        });
        List<long[]> rows = rows("admin", "GET /auth/me");
        long removed = rows.get(rows.size() - 2)[0];
        long next = rows.get(rows.size() - 1)[0];
        assertEquals(CHAINS, rows.get(rows.size() - 2)[1]);
        try (Connection c = TestDatabase.connect(bundleContext); Statement s = c.createStatement()) {
            // What an intruder with the owner's rights could do: switch the guard off and delete.
            s.execute("CREATE TEMP TABLE it_kept AS SELECT * FROM audit_event WHERE seq = " + removed);
            s.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete");
            try {
                s.executeUpdate("DELETE FROM audit_event WHERE seq = " + removed);
            } finally {
                s.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete");
            }
            try {
                JsonNode after = api.get("/api/audit/verify", admin).json();
                assertFalse(after.toString(), after.get("intact").asBoolean());
                assertEquals(after.toString(), next, after.get("firstBrokenSeq").asLong());
                assertTrue(after.toString(), after.get("problem").asText().contains("missing"));
            } finally {
                s.execute("INSERT INTO audit_event SELECT * FROM it_kept");
            }
        }
        assertTrue(api.get("/api/audit/verify", admin).json().get("intact").asBoolean());
    }

    @Test
    public void concurrentAuditedRequestsKeepEveryChainIntact() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        List<Thread> clients = new ArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread client = new Thread(() -> {
                try {
                    for (int i = 0; i < 25; i++) {
                        assertEquals(200, api.get("/api/regions", admin).status());
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            clients.add(client);
            client.start();
        }
        for (Thread client : clients) {
            client.join(60_000);
        }
        assertTrue(failures.toString(), failures.isEmpty());
        JsonNode verified = api.get("/api/audit/verify", admin).json();
        assertTrue(verified.toString(), verified.get("intact").asBoolean());
        try (Connection c = TestDatabase.connect(bundleContext); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM audit_event")) {
            r.next();
            // Every row is in a chain and was checked, but for the verification's own, written after it.
            assertEquals(r.getLong(1) - 1, verified.get("checked").asLong());
        }
    }

    interface Requests {
        void send() throws Exception;
    }

    /** As another node (or a slow commit) would: a transaction holds every chain head but the last. */
    private void whileOtherTransactionsHoldEveryChainButTheLast(Requests requests) throws Exception {
        try (Connection holder = TestDatabase.connect(bundleContext); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.executeQuery("SELECT id FROM audit_head WHERE id < " + CHAINS + " FOR UPDATE").close();
            try {
                requests.send();
            } finally {
                holder.rollback();
            }
        }
    }

    /** seq and chain of an actor's rows for one action, oldest first. */
    private List<long[]> rows(String actor, String action) throws SQLException {
        List<long[]> rows = new ArrayList<>();
        try (Connection c = TestDatabase.connect(bundleContext);
             PreparedStatement s = c.prepareStatement(
                     "SELECT seq, chain FROM audit_event WHERE actor = ? AND action = ? ORDER BY seq")) {
            s.setString(1, actor);
            s.setString(2, action);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new long[] {r.getLong(1), r.getLong(2)});
                }
            }
        }
        return rows;
    }
}
