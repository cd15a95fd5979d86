package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.kintsugi.core.testkit.exam.Await;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Sessions follow the account as it is now: roles, being enabled, idling, a new password, a revocation.
 * Changes made through this node's API apply to the very next request (PeopleIT, PlatformIT and the
 * password test here). Changes made straight in the database, as another node or an administrator with
 * SQL would make them, reach this node through PostgreSQL's notifications: they must apply within the
 * change feed's heartbeat window, even when the feed's connection is lost.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SessionIT extends KintsugiTestSupport {
    private static final String PASSWORD = "lilac-harbour-wind-5106";
    /** CallerCache.HEARD_WITHIN: the longest a node may go on trusting what it kept without hearing the feed. */
    private static final Duration WITHIN = Duration.ofSeconds(3);
    private static final String FEED_CONNECTIONS = "FROM pg_stat_activity WHERE datname = current_database() "
            + "AND application_name = 'kintsugi-auth-changes'";

    @Test
    public void aRoleChangeMadeElsewhereTakesEffectWithinMoments() throws Exception {
        Api api = api();
        String user = TestUsers.uniqueName("it-role");
        String id = TestUsers.create(bundleContext, user, PASSWORD, "PRACTITIONER");
        String token = api.login(user, PASSWORD);
        assertEquals("PRACTITIONER", api.get("/api/auth/me", token).json().get("roles").get(0).asText());

        sql("UPDATE user_role SET role = 'CASE_SUPERVISOR' WHERE user_id = ?", id);
        Await.until("the new role", WITHIN,
                () -> "CASE_SUPERVISOR".equals(api.get("/api/auth/me", token).json().get("roles").get(0).asText()));

        sql("UPDATE user_account SET enabled = false WHERE id = ?", id);
        Await.until("a disabled account's tokens to stop working", WITHIN,
                () -> api.get("/api/auth/me", token).status() == 401);
    }

    @Test
    public void anIdleSessionEnds() throws Exception {
        Api api = api();
        String user = TestUsers.uniqueName("it-idle");
        String id = TestUsers.create(bundleContext, user, PASSWORD, "PRACTITIONER");
        String token = seenToken(api, user);
        sql("UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE user_id = ?", id);
        Await.until("the idle session to end", WITHIN, () -> api.get("/api/auth/me", token).status() == 401);
    }

    @Test
    public void aSessionRevokedWhileTheChangeFeedIsCutStillEnds() throws Exception {
        Api api = api();
        String user = TestUsers.uniqueName("it-cut");
        String id = TestUsers.create(bundleContext, user, PASSWORD, "COORDINATOR");
        String token = seenToken(api, user);
        Await.until("the node to listen for changes", Duration.ofSeconds(30), this::feedListening);

        // The feed's connection dies and, in the same breath, another node revokes the session.
        try (Connection c = TestDatabase.connect(bundleContext); Statement s = c.createStatement();
                PreparedStatement revoke = c.prepareStatement("UPDATE user_session SET revoked_at = now() WHERE user_id = ?")) {
            s.execute("SELECT pg_terminate_backend(pid) " + FEED_CONNECTIONS);
            revoke.setString(1, id);
            revoke.executeUpdate();
        }
        Await.until("the revoked session to end", WITHIN, () -> api.get("/api/auth/me", token).status() == 401);
        Await.until("the node to listen again", Duration.ofSeconds(30), this::feedListening);
        String again = seenToken(api, user);
        sql("UPDATE user_session SET revoked_at = now() WHERE user_id = ? AND revoked_at IS NULL", id);
        Await.until("a revocation heard on the new connection", WITHIN,
                () -> api.get("/api/auth/me", again).status() == 401);
    }

    @Test
    public void changingThePasswordChecksItAndEndsOtherSessions() throws Exception {
        Api api = api();
        String user = TestUsers.uniqueName("it-pw");
        TestUsers.create(bundleContext, user, PASSWORD, "COORDINATOR");
        String here = api.login(user, PASSWORD);
        String elsewhere = api.login(user, PASSWORD);
        assertEquals(200, api.get("/api/auth/me", elsewhere).status());

        Api.Reply wrongCurrent = api.send("PUT", "/api/auth/password", here,
                "{\"currentPassword\":\"not-it-at-all-1\",\"newPassword\":\"granite-owl-lantern-88\"}");
        assertEquals(400, wrongCurrent.status());
        assertEquals("currentPassword", wrongCurrent.json().get("errors").get(0).get("field").asText());

        Api.Reply common = api.send("PUT", "/api/auth/password", here,
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"qwerty123456\"}");
        assertEquals(400, common.status());
        assertEquals("newPassword", common.json().get("errors").get(0).get("field").asText());
        assertTrue(common.json().get("errors").get(0).get("reason").asText().contains("too common"));
        assertEquals("nothing changed: the old password still works", 200,
                api.post("/api/auth/login", null, Api.loginJson(user, PASSWORD)).status());

        assertEquals(204, api.send("PUT", "/api/auth/password", here,
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"granite-owl-lantern-88\"}").status());
        assertEquals(200, api.get("/api/auth/me", here).status());
        assertEquals(401, api.get("/api/auth/me", elsewhere).status());
        assertEquals(401, api.post("/api/auth/login", null, Api.loginJson(user, PASSWORD)).status());
        assertEquals(200, api.post("/api/auth/login", null, Api.loginJson(user, "granite-owl-lantern-88")).status());
    }

    /** Signed in, and used once, so the node has its caller in hand. */
    private static String seenToken(Api api, String user) {
        String token = api.login(user, PASSWORD);
        assertEquals(200, api.get("/api/auth/me", token).status());
        return token;
    }

    private boolean feedListening() {
        try (Connection c = TestDatabase.connect(bundleContext); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT count(*) " + FEED_CONNECTIONS)) {
            rows.next();
            return rows.getInt(1) >= 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sql(String statement, String id) throws SQLException {
        try (Connection c = TestDatabase.connect(bundleContext); PreparedStatement s = c.prepareStatement(statement)) {
            s.setString(1, id);
            assertTrue(s.executeUpdate() > 0);
        }
    }
}
