package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** Accepting a referral opens its case: parties carried over encrypted, a timeline, the first-contact task. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class CaseIT extends KintsugiTestSupport {
    private static final String PHONE = "07700 900456"; // as in Fixtures.referral: Ofcom's drama range

    @Test
    public void acceptingAReferralOpensItsCase() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        String region = Fixtures.region(api, admin);
        String elsewhere = Fixtures.region(api, admin);
        String org = api.post("/api/organisations", admin, "{\"name\":\"Synthetic Victim Service\",\"sector\":\"VOLUNTARY\","
                + "\"kind\":\"VICTIM_SERVICE\",\"regions\":[\"" + region + "\"]}").json().get("id").asText();
        String referrer = Fixtures.user(api, admin, "PARTNER_REFERRER", region, org);
        String coordinator = Fixtures.user(api, admin, "COORDINATOR", region, null);
        String otherCoordinator = Fixtures.user(api, admin, "COORDINATOR", elsewhere, null);
        String practitioner = Fixtures.user(api, admin, "PRACTITIONER", region, null);
        String referral = api.post("/api/referrals", referrer, Fixtures.referral(region, "SEXUAL_VIOLENCE")).json().get("id").asText();

        assertEquals(403, api.post("/api/referrals/" + referral + "/accept", referrer, null).status());
        assertEquals(404, api.post("/api/referrals/" + referral + "/accept", otherCoordinator, null).status());
        Api.Reply accepted = api.post("/api/referrals/" + referral + "/accept", coordinator, null);
        assertEquals(accepted.toString(), 201, accepted.status());
        JsonNode opened = accepted.json();
        String caseId = opened.get("id").asText();
        assertTrue(accepted.header("Location").endsWith("/cases/" + caseId));
        assertEquals("REFERRED", opened.get("stage").asText());
        assertEquals("NONE", opened.get("hold").asText());
        assertTrue("sexual violence carries special risk", opened.get("specialRisk").asBoolean());
        assertEquals("PERSON_HARMED", opened.get("participants").get(0).get("role").asText());
        assertEquals(PHONE, opened.get("participants").get(0).get("details").get("safeContact").get(0).get("value").asText());
        assertEquals("PERSON_RESPONSIBLE", opened.get("participants").get(1).get("role").asText());
        assertEquals("CASE_OPENED", opened.get("timeline").get(0).get("kind").asText());
        JsonNode task = opened.get("tasks").get(0);
        assertEquals("FIRST_CONTACT", task.get("kind").asText());
        assertEquals(Fixtures.workingDaysAfter(LocalDate.now(ZoneOffset.UTC), 5, List.of()).toString(),
                task.get("dueOn").asText());
        assertFalse(task.get("overdue").asBoolean());

        assertEquals("ACCEPTED", api.get("/api/referrals/" + referral, referrer).json().get("status").asText());
        assertEquals(409, api.post("/api/referrals/" + referral + "/accept", coordinator, null).status());
        assertEquals(409, api.post("/api/referrals/" + referral + "/decline", coordinator, "{\"reason\":\"late\"}").status());

        assertTrue(api.get("/api/cases", coordinator).body().contains(caseId));
        assertFalse(api.get("/api/cases", otherCoordinator).body().contains(caseId));
        assertEquals(404, api.get("/api/cases/" + caseId, otherCoordinator).status());
        assertEquals("a practitioner sees only cases they facilitate", "[]", api.get("/api/cases", practitioner).body());
        assertEquals(404, api.get("/api/cases/" + caseId, practitioner).status());
        assertEquals(403, api.get("/api/cases", referrer).status());

        try (Connection c = TestDatabase.connect(bundleContext);
             PreparedStatement s = c.prepareStatement("SELECT details_enc FROM case_participant WHERE case_id = ?")) {
            s.setString(1, caseId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    assertTrue(rows.getString(1).startsWith("v1:"));
                    assertFalse(rows.getString(1).contains("0770") || rows.getString(1).contains("Synthetic"));
                }
            }
        }
    }
}
