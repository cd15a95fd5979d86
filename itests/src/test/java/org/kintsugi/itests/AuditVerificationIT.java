package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * The audit trail is verified in steps, however long it is: a run reports its progress after each step,
 * any session (or node) continues it where it stopped, and it finds the first altered row.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AuditVerificationIT extends KintsugiTestSupport {
    private static final int STEP = 40;

    @Test
    public void aRunWalksTheTrailInStepsWithProgressAndCanBeContinuedByAnotherSession() {
        Api api = api();
        String first = adminToken(api);
        String second = adminToken(api); // another session: a step may come from anywhere
        for (int i = 0; i < 150; i++) {
            api.get("/api/regions", first);
        }
        Api.Reply started = api.post("/api/audit/verifications", first, null);
        assertEquals(started.toString(), 201, started.status());
        JsonNode run = started.json();
        String id = run.get("id").asText();
        assertEquals("/api/audit/verifications/" + id, started.header("Location"));
        assertEquals("RUNNING", run.get("status").asText());
        assertEquals(0, run.get("checked").asLong());
        long total = run.get("total").asLong();
        assertTrue("the trail so far: " + total, total >= 150);

        int steps = 0;
        double percent = 0;
        long checked = 0;
        while ("RUNNING".equals(run.get("status").asText())) {
            run = api.post("/api/audit/verifications/" + id + "/continue?rows=" + STEP, steps % 2 == 0 ? first : second,
                    null).json();
            long walked = run.get("checked").asLong() - checked;
            assertTrue(run.toString(), walked <= STEP && (walked > 0 || !"RUNNING".equals(run.get("status").asText())));
            assertTrue(run.toString(), run.get("percent").asDouble() >= percent);
            checked = run.get("checked").asLong();
            percent = run.get("percent").asDouble();
            steps++;
            assertTrue("a run ends: " + run, steps <= total / STEP + 20);
        }
        assertEquals(run.toString(), "INTACT", run.get("status").asText());
        assertEquals(100.0, run.get("percent").asDouble(), 0.0);
        assertTrue("in steps of at most " + STEP + ": " + steps, steps >= total / STEP);
        assertEquals("every row the trail had when the run began, but those in flight then", total, checked, 5);
        assertEquals(run, api.get("/api/audit/verifications/" + id, second).json());
        assertTrue(api.get("/api/audit/verifications", first).body().contains(id));
        assertEquals("a finished run stays as it ended", run,
                api.post("/api/audit/verifications/" + id + "/continue", first, null).json());
    }

    @Test
    public void aRunFindsTheFirstAlteredRowAndRefusesNonsense() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        api.get("/api/auth/me", admin);
        long target = AuditRows.lastSeq(bundleContext, "admin", "GET /auth/me");
        String original = AuditRows.tamper(bundleContext, target, "mallory");
        try {
            String id = api.post("/api/audit/verifications", admin, null).json().get("id").asText();
            JsonNode run;
            do {
                run = api.post("/api/audit/verifications/" + id + "/continue?rows=500", admin, null).json();
            } while ("RUNNING".equals(run.get("status").asText()));
            assertEquals(run.toString(), "BROKEN", run.get("status").asText());
            assertEquals(target, run.get("firstBrokenSeq").asLong());
            assertTrue(run.get("problem").asText().contains("altered"));
        } finally {
            AuditRows.tamper(bundleContext, target, original);
        }
        assertEquals(400, api.post("/api/audit/verifications/x/continue?rows=0", admin, null).status());
        assertEquals(404, api.get("/api/audit/verifications/no-such-run", admin).status());
        String region = Fixtures.region(api, admin);
        String coordinator = Fixtures.user(api, admin, "COORDINATOR", region, null);
        assertEquals(403, api.post("/api/audit/verifications", coordinator, null).status());
    }
}
