package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** The audit trail: who did what, from where; append-only; and any tampering is found. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AuditIT extends KintsugiTestSupport {
    private static final String PASSWORD = "amber-lantern-meadow-7730";

    @Test
    public void requestsAreAuditedWithoutSecrets() throws Exception {
        Api api = api();
        String user = TestUsers.uniqueName("it-audit");
        TestUsers.create(bundleContext, user, PASSWORD, "PRACTITIONER");
        String token = api.login(user, PASSWORD);
        assertEquals(200, api.get("/api/auth/me", token).status());

        try (Connection c = TestDatabase.connect(bundleContext);
             PreparedStatement s = c.prepareStatement("SELECT action, outcome, source, record_type FROM audit_event "
                     + "WHERE actor = ? ORDER BY seq")) {
            s.setString(1, user);
            try (ResultSet rows = s.executeQuery()) {
                assertTrue(rows.next());
                assertEquals("auth.login", rows.getString("action"));
                assertEquals("success", rows.getString("outcome"));
                assertEquals("127.0.0.1", rows.getString("source"));
                assertTrue(rows.next());
                assertEquals("GET /auth/me", rows.getString("action"));
                assertEquals("200", rows.getString("outcome"));
                assertEquals("auth", rows.getString("record_type"));
            }
        }
        try (Connection c = TestDatabase.connect(bundleContext);
             Statement s = c.createStatement();
             ResultSet hits = s.executeQuery("SELECT count(*) FROM audit_event WHERE CAST(audit_event.* AS text) LIKE '%"
                     + PASSWORD + "%' OR CAST(audit_event.* AS text) LIKE '%" + token + "%'")) {
            hits.next();
            assertEquals("no password or token in the audit trail", 0, hits.getInt(1));
        }
    }

    @Test
    public void onlyNationalAdministratorsVerify() throws Exception {
        Api api = api();
        String user = TestUsers.uniqueName("it-coord");
        TestUsers.create(bundleContext, user, PASSWORD, "COORDINATOR");
        Api.Reply reply = api.get("/api/audit/verify", api.login(user, PASSWORD));
        assertEquals(403, reply.status());
    }

    @Test
    public void theDatabaseRefusesToChangeOrDeleteAuditRows() throws Exception {
        api().get("/api/auth/me", adminToken(api()));
        try (Connection c = TestDatabase.connect(bundleContext); Statement s = c.createStatement()) {
            for (String sql : new String[] {"UPDATE audit_event SET actor = 'someone-else' WHERE seq = 1",
                "DELETE FROM audit_event WHERE seq = 1", "TRUNCATE audit_event"}) {
                try {
                    s.executeUpdate(sql);
                    fail("allowed: " + sql);
                } catch (SQLException expected) {
                    assertTrue(expected.getMessage(), expected.getMessage().contains("append-only"));
                }
            }
        }
    }

    @Test
    public void verificationFindsTheFirstAlteredRow() throws Exception {
        Api api = api();
        String token = adminToken(api);
        for (int i = 0; i < 3; i++) {
            api.get("/api/auth/me", token);
        }
        JsonNode before = api.get("/api/audit/verify", token).json();
        assertTrue(before.toString(), before.get("intact").asBoolean());
        long target = AuditRows.lastSeq(bundleContext, "admin", "GET /auth/me");

        String original = AuditRows.tamper(bundleContext, target, "mallory");
        try {
            JsonNode after = api.get("/api/audit/verify", token).json();
            assertFalse(after.toString(), after.get("intact").asBoolean());
            assertEquals(target, after.get("firstBrokenSeq").asLong());
            assertTrue(after.get("problem").asText().contains("altered"));
        } finally {
            AuditRows.tamper(bundleContext, target, original);
        }
        assertTrue(api.get("/api/audit/verify", token).json().get("intact").asBoolean());
    }


    @Test
    public void aChangeWhoseAuditRowCannotBeWrittenDoesNotStand() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        String code = "hub-unaudited-" + System.nanoTime() % 100000;
        try (Connection c = TestDatabase.connect(bundleContext); Statement s = c.createStatement()) {
            // Test setup: the audit table refuses rows for region creation, as a full disk or a broken
            // trigger would.
            s.execute("CREATE FUNCTION it_refuse_region_audit() RETURNS trigger LANGUAGE plpgsql AS "
                    + "$$ BEGIN RAISE EXCEPTION 'audit refused for the test'; END $$");
            s.execute("CREATE TRIGGER it_refuse_region_audit BEFORE INSERT ON audit_event FOR EACH ROW "
                    + "WHEN (NEW.action = 'POST /regions') EXECUTE FUNCTION it_refuse_region_audit()");
        }
        Api.Reply created;
        try {
            created = api.post("/api/regions", admin, "{\"code\":\"" + code + "\",\"name\":\"Synthetic unaudited\"}");
        } finally {
            try (Connection c = TestDatabase.connect(bundleContext); Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER it_refuse_region_audit ON audit_event");
                s.execute("DROP FUNCTION it_refuse_region_audit()");
            }
        }
        assertEquals(created.toString(), 500, created.status());
        assertEquals("application/problem+json", created.header("Content-Type"));
        assertFalse("nothing happens without its audit row", api.get("/api/regions", admin).body().contains(code));
        assertEquals(201, api.post("/api/regions", admin, "{\"code\":\"" + code + "\",\"name\":\"Synthetic audited\"}").status());
        assertTrue(api.get("/api/audit/verify", admin).json().get("intact").asBoolean());
    }
}
