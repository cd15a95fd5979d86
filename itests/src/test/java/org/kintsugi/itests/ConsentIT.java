package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** The consent ledger: per participant and purpose, with the wording version, no incentive, and withdrawal. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ConsentIT extends KintsugiTestSupport {

    @Test
    public void consentsAreRecordedPerPurposeAndWithdrawnAtOnce() {
        Api api = api();
        String admin = adminToken(api);
        String region = Fixtures.region(api, admin);
        String coordinator = Fixtures.user(api, admin, "COORDINATOR", region, null);
        String outsider = Fixtures.user(api, admin, "COORDINATOR", Fixtures.region(api, admin), null);
        String caseId = Fixtures.openCase(api, coordinator, region);
        String harmed = api.get("/api/cases/" + caseId, coordinator).json().get("participants").get(0).get("id").asText();
        String org = api.post("/api/organisations", admin, "{\"name\":\"Synthetic Counselling Service\",\"sector\":\"VOLUNTARY\","
                + "\"kind\":\"HEALTH\",\"regions\":[\"" + region + "\"]}").json().get("id").asText();

        Api.Reply noConfirmation = give(api, coordinator, caseId, "{\"participantId\":\"" + harmed + "\",\"purpose\":\"TAKE_PART\"}");
        assertEquals(400, noConfirmation.status());
        String fields = noConfirmation.json().get("errors").toString();
        assertTrue(fields, fields.contains("wordingVersion") && fields.contains("noIncentiveOffered"));
        assertEquals("organisationId", give(api, coordinator, caseId, consent(harmed, "SHARE_WITH_ORGANISATION", null))
                .json().get("errors").get(0).get("field").asText());
        assertEquals(404, give(api, outsider, caseId, consent(harmed, "TAKE_PART", null)).status());

        JsonNode given = give(api, coordinator, caseId, consent(harmed, "TAKE_PART", null)).json();
        JsonNode takePart = given.get("consents").get(0);
        assertEquals("TAKE_PART", takePart.get("purpose").asText());
        assertEquals("consent-wording-v3", takePart.get("wordingVersion").asText());
        assertEquals("Synthetic: the process was explained in full", takePart.get("informationGiven").asText());
        assertTrue(takePart.get("noIncentiveConfirmed").asBoolean());
        assertTrue(takePart.get("active").asBoolean());
        assertEquals(409, give(api, coordinator, caseId, consent(harmed, "TAKE_PART", null)).status());
        JsonNode shared = give(api, coordinator, caseId, consent(harmed, "SHARE_WITH_ORGANISATION", org)).json();
        assertEquals(org, shared.get("consents").get(1).get("purposeDetail").asText());

        String consentId = takePart.get("id").asText();
        JsonNode withdrawn = api.post("/api/cases/" + caseId + "/consents/" + consentId + "/withdraw", coordinator, null).json();
        assertFalse(withdrawn.get("consents").get(0).get("active").asBoolean());
        assertTrue(withdrawn.get("timeline").toString().contains("CONSENT_WITHDRAWN"));
        assertEquals(409, api.post("/api/cases/" + caseId + "/consents/" + consentId + "/withdraw", coordinator, null).status());
        assertEquals("a withdrawn consent can be given again, as a new record", 2,
                give(api, coordinator, caseId, consent(harmed, "TAKE_PART", null)).json().get("consents").findValues("purpose")
                        .stream().filter(p -> "TAKE_PART".equals(p.asText())).count());
    }

    private static Api.Reply give(Api api, String token, String caseId, String body) {
        return api.post("/api/cases/" + caseId + "/consents", token, body);
    }

    private static String consent(String participant, String purpose, String organisation) {
        return "{\"participantId\":\"" + participant + "\",\"purpose\":\"" + purpose + "\""
                + (organisation == null ? "" : ",\"organisationId\":\"" + organisation + "\"")
                + ",\"wordingVersion\":\"consent-wording-v3\",\"informationGiven\":\"Synthetic: the process was explained in full\","
                + "\"noIncentiveOffered\":true}";
    }
}
