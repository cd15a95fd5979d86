package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** The database goes away: health says 503 at once; it comes back: service resumes, no restart. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class DatabaseOutageIT extends KintsugiTestSupport {

    @Test
    public void healthIs503DuringAnOutageAndRecoversByItself() throws Exception {
        Api api = api();
        String token = adminToken(api);
        try {
            cutOff(true);
            Eventually.await("health to report the outage", Duration.ofSeconds(30),
                    () -> api.get("/api/health", null).status() == 503);
            assertEquals("DOWN", api.get("/api/health", null).json().get("database").get("status").asText());
            Api.Reply during = api.get("/api/auth/me", token);
            assertEquals("an outage is not a bug: " + during, 503, during.status());
        } finally {
            cutOff(false);
        }
        Eventually.await("health to recover", Duration.ofSeconds(60), () -> api.get("/api/health", null).status() == 200);
        assertEquals(200, api.get("/api/auth/me", token).status());
    }

    @Test
    public void referralsAreRefusedDuringAnOutageAndAcceptedOnceItEnds() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        String region = Fixtures.region(api, admin);
        String coordinator = Fixtures.user(api, admin, "COORDINATOR", region, null);
        // The group commit's writer now holds a connection that the outage will break.
        assertEquals(201, api.post("/api/referrals", coordinator, Fixtures.referral(region, "VIOLENCE")).status());
        try {
            cutOff(true);
            Api.Reply during = api.post("/api/referrals", coordinator, Fixtures.referral(region, "VIOLENCE"));
            assertEquals("an outage is not a bug: " + during, 503, during.status());
            assertEquals("application/problem+json", during.header("Content-Type"));
        } finally {
            cutOff(false);
        }
        Eventually.await("health to recover", Duration.ofSeconds(60), () -> api.get("/api/health", null).status() == 200);
        Api.Reply after = api.post("/api/referrals", coordinator, Fixtures.referral(region, "VIOLENCE"));
        assertEquals("the first referral after the outage: " + after, 201, after.status());
        assertEquals("the one refused during the outage was not kept", 2,
                api.get("/api/referrals?limit=10", coordinator).json().size());
        assertTrue(api.get("/api/audit/verify", admin).json().get("intact").asBoolean());
    }

    /** Closes the database to new connections and ends the open ones: an outage as the platform sees it. */
    private void cutOff(boolean off) throws SQLException {
        String database = TestDatabase.url().substring(TestDatabase.url().lastIndexOf('/') + 1);
        String admin = TestDatabase.url().substring(0, TestDatabase.url().lastIndexOf('/') + 1) + "postgres";
        try (Connection c = TestDatabase.connect(bundleContext, admin); Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS " + !off);
            if (off) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
            }
        }
    }
}
