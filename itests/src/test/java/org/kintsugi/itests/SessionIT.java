package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** Sessions follow the account as it is now: roles, being enabled, idling, a new password. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SessionIT extends KintsugiTestSupport {
    private static final String PASSWORD = "lilac-harbour-wind-5106";

    @Test
    public void aRoleChangeTakesEffectOnTheNextRequest() throws Exception {
        Api api = api();
        String user = TestUsers.uniqueName("it-role");
        String id = TestUsers.create(bundleContext, user, PASSWORD, "PRACTITIONER");
        String token = api.login(user, PASSWORD);
        assertEquals("PRACTITIONER", api.get("/api/auth/me", token).json().get("roles").get(0).asText());

        sql("UPDATE user_role SET role = 'CASE_SUPERVISOR' WHERE user_id = ?", id);
        assertEquals("CASE_SUPERVISOR", api.get("/api/auth/me", token).json().get("roles").get(0).asText());

        sql("UPDATE user_account SET enabled = false WHERE id = ?", id);
        assertEquals("a disabled account's tokens stop working", 401, api.get("/api/auth/me", token).status());
    }

    @Test
    public void anIdleSessionEnds() throws Exception {
        Api api = api();
        String user = TestUsers.uniqueName("it-idle");
        String id = TestUsers.create(bundleContext, user, PASSWORD, "PRACTITIONER");
        String token = api.login(user, PASSWORD);
        sql("UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE user_id = ?", id);
        assertEquals(401, api.get("/api/auth/me", token).status());
    }

    @Test
    public void changingThePasswordChecksItAndEndsOtherSessions() throws Exception {
        Api api = api();
        String user = TestUsers.uniqueName("it-pw");
        TestUsers.create(bundleContext, user, PASSWORD, "COORDINATOR");
        String here = api.login(user, PASSWORD);
        String elsewhere = api.login(user, PASSWORD);

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

    private void sql(String statement, String id) throws SQLException {
        try (Connection c = TestDatabase.connect(bundleContext); PreparedStatement s = c.prepareStatement(statement)) {
            s.setString(1, id);
            assertTrue(s.executeUpdate() > 0);
        }
    }
}
