package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * The person responsible's view never holds the person harmed's contact details, address or
 * whereabouts, nor a note marked not for them; supporters and affected others join a running case.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ParticipantViewIT extends KintsugiTestSupport {
    private static final String[] HARMED_SECRETS = {"Synthetic Person H", "07700 900123", "Flat 9, 1 Imaginary Row",
        "harmed@example.invalid", "evenings only", "Synthetic reason nobody else reads"};

    @Test
    public void thePersonResponsiblesViewHoldsNothingOfThePersonHarmed() {
        Api api = api();
        String admin = adminToken(api);
        String region = Fixtures.region(api, admin);
        String coordinator = Fixtures.user(api, admin, "COORDINATOR", region, null);
        String caseId = openWithAddress(api, coordinator, region);
        JsonNode participants = api.get("/api/cases/" + caseId, coordinator).json().get("participants");
        String harmed = participants.get(0).get("id").asText();
        String responsible = participants.get(1).get("id").asText();

        JsonNode withSupporter = api.post("/api/cases/" + caseId + "/participants", coordinator, "{\"role\":\"SUPPORTER\","
                + "\"supports\":\"" + harmed + "\",\"details\":{\"name\":\"Synthetic Supporter S\"}}").json();
        assertEquals(harmed, withSupporter.get("participants").get(2).get("supports").asText());
        assertEquals("supports", api.post("/api/cases/" + caseId + "/participants", coordinator,
                "{\"role\":\"SUPPORTER\",\"details\":{\"name\":\"Synthetic\"}}").json().get("errors").get(0).get("field").asText());
        Api.Reply secondResponsible = api.post("/api/cases/" + caseId + "/participants", coordinator,
                "{\"role\":\"PERSON_RESPONSIBLE\",\"details\":{\"name\":\"Synthetic Person V\"}}");
        assertEquals("a case may have several people responsible", 200, secondResponsible.status());
        String responsible2 = secondResponsible.json().get("participants").get(3).get("id").asText();
        assertEquals(400, api.post("/api/cases/" + caseId + "/participants", coordinator,
                "{\"role\":\"FACILITATOR\",\"details\":{\"name\":\"Synthetic\"}}").status());

        note(api, coordinator, caseId, "Synthetic: both parties agreed the ground rules", "[\"PERSON_HARMED\",\"PERSON_RESPONSIBLE\"]");
        note(api, coordinator, caseId, "Synthetic: she has moved, evenings only", "[\"PERSON_HARMED\"]");
        note(api, coordinator, caseId, "Synthetic: practitioners' own reflection", "[]");
        assertEquals(400, api.post("/api/cases/" + caseId + "/notes", coordinator, "{\"text\":\"\"}").status());
        assertEquals(3, api.get("/api/cases/" + caseId + "/notes", coordinator).json().size());
        assertEquals(200, api.post("/api/cases/" + caseId + "/withdraw", coordinator, "{\"onBehalfOf\":\"" + harmed
                + "\",\"reason\":\"Synthetic reason nobody else reads\",\"tellOtherParty\":\"The process will not go ahead.\"}").status());

        Api.Reply reply = api.get("/api/cases/" + caseId + "/participants/" + responsible + "/view", coordinator);
        assertEquals(reply.toString(), 200, reply.status());
        for (String each : new String[] {reply.body(), api.get("/api/cases/" + caseId + "/participants/" + responsible2
                + "/view", coordinator).body()}) {
            for (String secret : HARMED_SECRETS) {
                assertFalse(secret + " leaked into " + each, each.contains(secret));
            }
        }
        JsonNode parsed = reply.json();
        assertEquals("PERSON_RESPONSIBLE", parsed.get("you").asText());
        assertEquals("Synthetic Person R", parsed.get("yourDetails").get("name").asText());
        assertEquals("[\"PERSON_HARMED\",\"SUPPORTER\",\"PERSON_RESPONSIBLE\"]", parsed.get("others").toString());
        assertEquals("stopped", parsed.get("status").asText());
        assertEquals("The process will not go ahead.", parsed.get("message").asText());
        assertEquals(1, parsed.get("notes").size());
        assertTrue(parsed.get("notes").toString().contains("ground rules"));

        JsonNode harmedView = api.get("/api/cases/" + caseId + "/participants/" + harmed + "/view", coordinator).json();
        assertEquals(2, harmedView.get("notes").size());
        assertTrue(harmedView.get("yourDetails").toString().contains("07700 900123"));
        assertFalse("their own withdrawal's message is for the other party", harmedView.has("message"));
        String outsider = Fixtures.user(api, admin, "COORDINATOR", Fixtures.region(api, admin), null);
        assertEquals(404, api.get("/api/cases/" + caseId + "/participants/" + responsible + "/view", outsider).status());
        assertEquals(404, api.get("/api/cases/" + caseId + "/participants/" + caseId + "/view", coordinator).status());
    }

    private static void note(Api api, String token, String caseId, String text, String visibleTo) {
        Api.Reply written = api.post("/api/cases/" + caseId + "/notes", token, "{\"text\":\"" + text + "\",\"visibleTo\":" + visibleTo + "}");
        assertEquals(written.toString(), 200, written.status());
    }

    private static String openWithAddress(Api api, String coordinator, String region) {
        ObjectNode body = Fixtures.JSON.createObjectNode().put("region", region).put("source", "POLICE").put("ledBy", "PERSON_HARMED")
                .put("criminalJustice", true).put("recency", "RECENT").put("sentenceStage", "POST_SENTENCE")
                .put("offenceCategory", "VIOLENCE");
        ObjectNode harmed = body.putObject("personHarmed").put("name", "Synthetic Person H");
        harmed.putArray("safeContact").addObject().put("method", "PHONE").put("value", "07700 900123").put("notes", "evenings only");
        harmed.withArray("safeContact").addObject().put("method", "POST").put("value", "Flat 9, 1 Imaginary Row");
        harmed.withArray("safeContact").addObject().put("method", "EMAIL").put("value", "harmed@example.invalid");
        harmed.putArray("neverUse").add("VOICEMAIL");
        ObjectNode responsible = body.putObject("personResponsible").put("name", "Synthetic Person R");
        responsible.putArray("safeContact").addObject().put("method", "VIA_REFERRER").put("value", "Synthetic offender manager");
        String referral = api.post("/api/referrals", coordinator, body.toString()).json().get("id").asText();
        return api.post("/api/referrals/" + referral + "/accept", coordinator, null).json().get("id").asText();
    }
}
