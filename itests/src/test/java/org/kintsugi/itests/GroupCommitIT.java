package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.kintsugi.core.testkit.exam.Await;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * New referrals that arrive together commit together, each still with its own audit row, each answered
 * only once it is durable; a referral the database refuses fails alone, and the others in its group stand.
 * The tests hold the referral table so that requests queue behind the writers' first groups, as on a busy node.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class GroupCommitIT extends KintsugiTestSupport {
    private static final int TOGETHER = 12;
    /** The group commit's writers: each takes a group while the other waits for its commit. */
    private static final int WRITERS = 2;
    /** The most requests one group takes. */
    private static final int MAX_GROUP = 64;

    private Api api;
    private String admin;
    /** A region of its own for each test, and a coordinator there who refers. */
    private String region;
    private String coordinator;

    @Before
    public void newRegionAndCoordinator() {
        api = api();
        admin = adminToken(api);
        region = Fixtures.region(api, admin);
        coordinator = Fixtures.user(api, admin, "COORDINATOR", region, null);
    }

    @Test
    public void referralsArrivingTogetherCommitTogetherEachWithItsAuditRow() throws Exception {
        List<Api.Reply> replies = referWhileHeld(api, coordinator, referrals(region, -1));

        for (Api.Reply reply : replies) {
            assertEquals(reply.toString(), 201, reply.status());
            String id = reply.json().get("id").asText();
            assertEquals("readable as soon as answered", 200, api.get("/api/referrals/" + id, coordinator).status());
        }
        List<AuditRow> rows = auditRows(api.get("/api/auth/me", coordinator).json().get("username").asText());
        assertEquals("one audit row per referral", TOGETHER, rows.size());
        // A group's audit rows share their time and are one stretch of one chain.
        Map<String, List<AuditRow>> byGroup = rows.stream().collect(Collectors.groupingBy(row -> row.stamp() + " " + row.chain()));
        assertEquals("each writer's first alone, then the ones that queued, together: " + rows, WRITERS + 1, byGroup.size());
        assertTrue("the queued referrals committed as one group: " + rows,
                byGroup.values().stream().anyMatch(group -> group.size() == TOGETHER - WRITERS));
        assertTrue(api.get("/api/audit/verify", admin).json().get("intact").asBoolean());
    }

    @Test
    public void aGroupTakesAtMostMaxGroupAndTheOtherWriterTakesTheRest() throws Exception {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < WRITERS + MAX_GROUP + 6; i++) {
            bodies.add(Fixtures.referral(region, "VIOLENCE"));
        }
        List<Api.Reply> replies = referWhileHeld(api, coordinator, bodies);

        for (Api.Reply reply : replies) {
            assertEquals(reply.toString(), 201, reply.status());
        }
        List<AuditRow> rows = auditRows(api.get("/api/auth/me", coordinator).json().get("username").asText());
        assertEquals(bodies.size(), rows.size());
        List<Integer> sizes = rows.stream().collect(Collectors.groupingBy(row -> row.stamp() + " " + row.chain(),
                Collectors.summingInt(row -> 1))).values().stream().sorted().toList();
        assertEquals("each writer's first alone, then a full group, then the rest", List.of(1, 1, 6, MAX_GROUP), sizes);
        assertEquals(bodies.size(), api.get("/api/referrals?limit=200", coordinator).json().size());
        assertTrue(api.get("/api/audit/verify", admin).json().get("intact").asBoolean());
    }

    @Test
    public void aReferralTheDatabaseRefusesFailsAloneAndTheRestOfItsGroupStands() throws Exception {
        List<String> bodies = referrals(region, TOGETHER / 2);
        // Stands in for any refusal the database alone can make: a constraint, a trigger, a full disk.
        try (Connection c = TestDatabase.connect(bundleContext); Statement s = c.createStatement()) {
            s.execute("CREATE FUNCTION it_refuse_property() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "IF NEW.region_code = '" + region + "' AND NEW.offence_category = 'PROPERTY' THEN "
                    + "RAISE EXCEPTION 'synthetic refusal'; END IF; RETURN NEW; END $$");
            s.execute("CREATE TRIGGER it_refuse_property BEFORE INSERT ON referral FOR EACH ROW "
                    + "EXECUTE FUNCTION it_refuse_property()");
        }
        List<Api.Reply> replies;
        try {
            replies = referWhileHeld(api, coordinator, bodies);
        } finally {
            try (Connection c = TestDatabase.connect(bundleContext); Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER it_refuse_property ON referral");
                s.execute("DROP FUNCTION it_refuse_property()");
            }
        }

        for (int i = 0; i < TOGETHER; i++) {
            Api.Reply reply = replies.get(i);
            if (i == TOGETHER / 2) {
                assertEquals(reply.toString(), 500, reply.status());
                assertEquals("application/problem+json", reply.header("Content-Type"));
                assertTrue(reply.json().get("detail").asText().contains("nothing was changed"));
            } else {
                assertEquals(reply.toString(), 201, reply.status());
                assertEquals(200, api.get("/api/referrals/" + reply.json().get("id").asText(), coordinator).status());
            }
        }
        Api.Reply listed = api.get("/api/referrals?limit=200", coordinator);
        assertEquals(TOGETHER - 1, listed.json().size());
        assertFalse("the refused referral was not kept", listed.body().contains("PROPERTY"));
        List<AuditRow> rows = auditRows(api.get("/api/auth/me", coordinator).json().get("username").asText());
        assertEquals(TOGETHER, rows.size());
        assertEquals("the refused attempt is on record with its outcome", 1,
                rows.stream().filter(row -> row.outcome().equals("500")).count());
        assertTrue(api.get("/api/audit/verify", admin).json().get("intact").asBoolean());
    }

    @Test
    public void whenEveryAuditChainIsHeldAGroupWaitsForOneAndKeepsItsReferrals() throws Exception {
        List<String> bodies = referrals(region, -1).subList(0, WRITERS + 1);
        ExecutorService clients = Executors.newFixedThreadPool(bodies.size());
        List<CompletableFuture<Api.Reply>> replies = new ArrayList<>();
        try (Connection holder = TestDatabase.connect(bundleContext); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.executeQuery("SELECT id FROM audit_head FOR UPDATE").close();
            // One at a time until every writer holds one: sent together, one writer could take them all at once.
            for (int i = 0; i < bodies.size(); i++) {
                String body = bodies.get(i);
                replies.add(CompletableFuture.supplyAsync(() -> api.post("/api/referrals", coordinator, body), clients));
                int waiting = Math.min(i + 1, WRITERS);
                Await.until(waiting + " writer(s) to wait for a chain head", Duration.ofSeconds(10),
                        () -> TestDatabase.sessionsWaitingForLock(bundleContext, "%audit_head%") == waiting);
            }
            Await.until("the last referral to queue", Duration.ofSeconds(10),
                    () -> waitingForGroupCommit() == bodies.size());
            assertTrue("no chain was free, so none can have been answered", replies.stream().noneMatch(CompletableFuture::isDone));
            holder.rollback();
        } finally {
            clients.shutdown();
        }
        for (CompletableFuture<Api.Reply> reply : replies) {
            Api.Reply answered = reply.get();
            assertEquals(answered.toString(), 201, answered.status());
            assertEquals(200, api.get("/api/referrals/" + answered.json().get("id").asText(), coordinator).status());
        }
        assertEquals(bodies.size(), auditRows(api.get("/api/auth/me", coordinator).json().get("username").asText()).size());
        assertTrue(api.get("/api/audit/verify", admin).json().get("intact").asBoolean());
    }

    /** {@value #TOGETHER} referrals to the region, for violence except the one at {@code propertyAt}. */
    private static List<String> referrals(String region, int propertyAt) {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < TOGETHER; i++) {
            bodies.add(Fixtures.referral(region, i == propertyAt ? "PROPERTY" : "VIOLENCE"));
        }
        return bodies;
    }

    /**
     * Holds the referral table, sends the first referral and waits until its group is stuck on the table, then
     * sends the rest and waits until every one waits for its commit; then lets go. Replies in the bodies' order.
     */
    private List<Api.Reply> referWhileHeld(Api api, String token, List<String> bodies) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(bodies.size());
        try (Connection holder = TestDatabase.connect(bundleContext); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.execute("LOCK TABLE referral IN SHARE MODE");
            List<CompletableFuture<Api.Reply>> replies = new ArrayList<>();
            for (int writer = 1; writer <= WRITERS; writer++) { // one referral at a time until every writer is stuck
                String body = bodies.get(writer - 1);
                replies.add(CompletableFuture.supplyAsync(() -> api.post("/api/referrals", token, body), clients));
                int stuck = writer;
                Await.until("writer " + writer + " waits for the table", Duration.ofSeconds(10),
                        () -> insertsWaitingForLock() == stuck);
            }
            for (String body : bodies.subList(WRITERS, bodies.size())) {
                replies.add(CompletableFuture.supplyAsync(() -> api.post("/api/referrals", token, body), clients));
            }
            Await.until("every referral waits for its commit", Duration.ofSeconds(10),
                    () -> waitingForGroupCommit() == bodies.size());
            holder.rollback();
            List<Api.Reply> answered = new ArrayList<>();
            for (CompletableFuture<Api.Reply> reply : replies) {
                answered.add(reply.get());
            }
            return answered;
        } finally {
            clients.shutdownNow();
        }
    }

    private int insertsWaitingForLock() {
        return TestDatabase.sessionsWaitingForLock(bundleContext, "%INSERT INTO referral%");
    }

    /**
     * Request threads of this Karaf (the test runs inside it) queued in the group commit and waiting for their
     * answer. Being inside {@code commit} is not enough: a thread there may not have joined the queue yet, and
     * would then miss the group the test expects it in.
     */
    private static long waitingForGroupCommit() {
        return Thread.getAllStackTraces().values().stream().filter(stack -> {
            for (int i = 1; i < stack.length; i++) {
                if (stack[i].getClassName().equals("org.kintsugi.core.internal.commit.GroupCommit")
                        && stack[i].getMethodName().equals("commit")) {
                    return stack[i - 1].getClassName().equals(CompletableFuture.class.getName())
                            && stack[i - 1].getMethodName().equals("join");
                }
            }
            return false;
        }).count();
    }

    private record AuditRow(long seq, int chain, String stamp, String outcome) {
    }

    private List<AuditRow> auditRows(String actor) throws Exception {
        try (Connection c = TestDatabase.connect(bundleContext); PreparedStatement s = c.prepareStatement(
                "SELECT seq, chain, occurred_at::text, outcome FROM audit_event WHERE actor = ? "
                        + "AND action = 'POST /referrals' ORDER BY seq")) {
            s.setString(1, actor);
            List<AuditRow> rows = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    rows.add(new AuditRow(row.getLong(1), row.getInt(2), row.getString(3), row.getString(4)));
                }
            }
            return rows;
        }
    }
}
