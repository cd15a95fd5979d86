package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;

/**
 * Pause, resume, withdraw and halt take effect at once, tell every installed module in the same
 * transaction, and refuse what the rules forbid. A module that cannot hold its work undoes the change.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class CaseHoldIT extends KintsugiTestSupport {
    private static final String HOLDS = "/api/modules/it-echo/holds";

    @Test
    public void holdsFollowTheRulesAndReachEveryModuleInTheSameTransaction() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        Bundle module = installTestModule(api, admin);
        try {
            String region = Fixtures.region(api, admin);
            String coordinator = Fixtures.user(api, admin, "COORDINATOR", region, null);
            String outsider = Fixtures.user(api, admin, "COORDINATOR", Fixtures.region(api, admin), null);
            String caseId = Fixtures.openCase(api, coordinator, region);
            String harmed = api.get("/api/cases/" + caseId, coordinator).json().get("participants").get(0).get("id").asText();

            assertEquals(404, hold(api, outsider, caseId, "pause", "{}").status());
            assertEquals("PAUSED", hold(api, coordinator, caseId, "pause", "{}").json().get("hold").asText());
            assertEquals("urn:kintsugi:problem:already-paused", hold(api, coordinator, caseId, "pause", "{}").json().get("type").asText());
            assertEquals("NONE", hold(api, coordinator, caseId, "resume", "{}").json().get("hold").asText());
            assertEquals("urn:kintsugi:problem:not-paused", hold(api, coordinator, caseId, "resume", "{}").json().get("type").asText());
            assertTrue(seen(api, admin).contains(caseId + ":PAUSED") && seen(api, admin).contains(caseId + ":RESUMED"));

            assertEquals(204, api.post("/api/modules/it-echo/holds/fail-next", admin, null).status());
            assertEquals(500, hold(api, coordinator, caseId, "halt", "{\"reason\":\"Synthetic safety concern\"}").status());
            JsonNode unchanged = api.get("/api/cases/" + caseId, coordinator).json();
            assertEquals("a module that cannot hold its work undoes the change", "NONE", unchanged.get("hold").asText());
            assertFalse(unchanged.get("timeline").toString().contains("HALTED"));

            assertEquals("onBehalfOf", hold(api, coordinator, caseId, "withdraw", "{\"reason\":\"x\"}")
                    .json().get("errors").get(0).get("field").asText());
            assertEquals("reason", hold(api, coordinator, caseId, "withdraw", "{\"onBehalfOf\":\"" + harmed + "\"}")
                    .json().get("errors").get(0).get("field").asText());
            JsonNode withdrawn = hold(api, coordinator, caseId, "withdraw", "{\"onBehalfOf\":\"" + harmed
                    + "\",\"reason\":\"Synthetic: no longer wishes to continue\",\"tellOtherParty\":\"The process has ended.\"}").json();
            assertEquals("WITHDRAWN", withdrawn.get("hold").asText());
            assertEquals(harmed, withdrawn.get("holdDetails").get("onBehalfOf").asText());
            assertEquals("The process has ended.", withdrawn.get("holdDetails").get("tellOtherParty").asText());
            assertTrue(withdrawn.get("timeline").toString().contains("Withdrawn on behalf of the person harmed"));
            assertFalse("the timeline never carries the reason", withdrawn.get("timeline").toString().contains("no longer wishes"));
            assertTrue(seen(api, admin).contains(caseId + ":WITHDRAWN"));
            assertEquals("urn:kintsugi:problem:case-stopped", hold(api, coordinator, caseId, "pause", "{}").json().get("type").asText());
            assertEquals(409, hold(api, coordinator, caseId, "halt", "{\"reason\":\"late\"}").status());

            try (Connection c = TestDatabase.connect(bundleContext);
                 PreparedStatement s = c.prepareStatement("SELECT hold_reason_enc FROM rj_case WHERE id = ?")) {
                s.setString(1, caseId);
                try (ResultSet row = s.executeQuery()) {
                    row.next();
                    assertTrue(row.getString(1).startsWith("v1:"));
                    assertFalse(row.getString(1).contains("Synthetic"));
                }
            }
        } finally {
            module.uninstall();
        }
    }

    private static Api.Reply hold(Api api, String token, String caseId, String action, String body) {
        return api.post("/api/cases/" + caseId + "/" + action, token, body);
    }

    private static String seen(Api api, String admin) {
        return api.get(HOLDS, admin).body();
    }
}
