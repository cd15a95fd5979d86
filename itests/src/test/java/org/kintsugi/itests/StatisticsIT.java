package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Commissioners get figures, never personal data: only cases consenting to aggregate statistics are
 * counted, counts below five are withheld, and a lone withheld cell takes another with it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class StatisticsIT extends KintsugiTestSupport {

    @Test
    public void commissionersSeeOnlyConsentedFiguresWithSmallCountsWithheld() {
        Api api = api();
        String admin = adminToken(api);
        String region = Fixtures.region(api, admin);
        String coordinator = Fixtures.user(api, admin, "COORDINATOR", region, null);
        String commissioner = Fixtures.user(api, admin, "COMMISSIONER", region, null);
        String caseId = null;
        for (int i = 0; i < 7; i++) {
            caseId = openCounted(api, coordinator, region, "VIOLENCE", true);
        }
        openCounted(api, coordinator, region, "SEXUAL_VIOLENCE", true);
        openCounted(api, coordinator, region, "SEXUAL_VIOLENCE", true);
        openCounted(api, coordinator, region, "DOMESTIC_ABUSE", false);

        Map<String, JsonNode> cells = cells(api.get("/api/statistics/cases?groupBy=OFFENCE_CATEGORY", commissioner).json());
        assertTrue("two sexual violence cases are too few to show", cells.get("SEXUAL_VIOLENCE").get("withheld").asBoolean());
        assertTrue("and seven would give them away beside the total", cells.get("VIOLENCE").get("withheld").asBoolean());
        assertEquals("the case without consent is not counted", 0, cells.get("DOMESTIC_ABUSE").get("count").asInt());
        JsonNode table = api.get("/api/statistics/cases?groupBy=OFFENCE_CATEGORY", commissioner).json();
        assertEquals(9, table.get("total").asInt());
        for (int i = 0; i < 3; i++) {
            openCounted(api, coordinator, region, "SEXUAL_VIOLENCE", true);
        }
        cells = cells(api.get("/api/statistics/cases?groupBy=OFFENCE_CATEGORY", commissioner).json());
        assertEquals(5, cells.get("SEXUAL_VIOLENCE").get("count").asInt());
        assertEquals(7, cells.get("VIOLENCE").get("count").asInt());
        assertEquals(12, cells(api.get("/api/statistics/cases?groupBy=STAGE", commissioner).json()).get("REFERRED")
                .get("count").asInt());
        assertEquals(12, cells(api.get("/api/statistics/cases?groupBy=REGION", commissioner).json()).get(region)
                .get("count").asInt());
        assertEquals(400, api.get("/api/statistics/cases?groupBy=NAME", commissioner).status());
        assertEquals(403, api.get("/api/statistics/cases?groupBy=STAGE", coordinator).status());

        assertEquals(403, api.get("/api/cases", commissioner).status());
        assertEquals(404, api.get("/api/cases/" + caseId, commissioner).status());
        Api.Reply referrals = api.get("/api/referrals", commissioner);
        assertFalse(referrals.toString(), referrals.status() == 200 && referrals.body().contains("Synthetic Person"));
        String elsewhere = Fixtures.user(api, admin, "COMMISSIONER", Fixtures.region(api, admin), null);
        assertEquals("another region's commissioner counts none of these", 0,
                api.get("/api/statistics/cases?groupBy=STAGE", elsewhere).json().get("total").asInt());
    }

    /** Opens a case of the category; with {@code counted}, its person harmed consents to aggregate statistics. */
    private static String openCounted(Api api, String coordinator, String region, String category, boolean counted) {
        String referral = api.post("/api/referrals", coordinator, Fixtures.referral(region, category)).json().get("id").asText();
        JsonNode opened = api.post("/api/referrals/" + referral + "/accept", coordinator, null).json();
        String caseId = opened.get("id").asText();
        if (counted) {
            String harmed = opened.get("participants").get(0).get("id").asText();
            Api.Reply consent = api.post("/api/cases/" + caseId + "/consents", coordinator, "{\"participantId\":\"" + harmed
                    + "\",\"purpose\":\"AGGREGATE_STATISTICS\",\"wordingVersion\":\"stats-v1\",\"noIncentiveOffered\":true}");
            assertEquals(consent.toString(), 200, consent.status());
        }
        return caseId;
    }

    private static Map<String, JsonNode> cells(JsonNode table) {
        Map<String, JsonNode> cells = new HashMap<>();
        table.get("cells").forEach(cell -> cells.put(cell.get("key").asText(), cell));
        return cells;
    }
}
