package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Every id a request carries in its body or query (organisation, participant, user, supervisor, letter
 * item, facilitator, region filter) is looked up within the caller's scope and the case's region: a real
 * record of another region is answered exactly as an unknown id is, and nothing is written.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ScopedIdsIT extends KintsugiTestSupport {
    private Api api;
    private CaseWalk here;
    private CaseWalk there;

    @Test
    public void idsOfAnotherRegionAreAnsweredAsUnknownOnes() {
        api = api();
        String admin = adminToken(api);
        here = Letters.onNewCase(api, admin).walk;
        Letters elsewhere = Letters.onNewCase(api, admin);
        there = elsewhere.walk;
        here.allocate(here.practitioner);
        there.allocate(there.practitioner);
        String theirItem = elsewhere.draft(there.harmed, "A synthetic letter in the other region.");
        String theirOrganisation = api.post("/api/organisations", admin, "{\"name\":\"Synthetic Elsewhere Service\","
                + "\"sector\":\"VOLUNTARY\",\"kind\":\"VICTIM_SERVICE\",\"regions\":[\"" + there.region + "\"]}").json().get("id").asText();
        String hubAdmin = Fixtures.user(api, admin, "HUB_ADMIN", here.region, null);
        String before = caseState();

        String cases = "/api/cases/" + here.caseId;
        sameAsUnknown("consent to share with an organisation", theirOrganisation, id -> api.post(cases + "/consents",
                here.coordinator, consent(here.harmed, "SHARE_WITH_ORGANISATION", id)));
        sameAsUnknown("consent of a participant", there.harmed, id -> api.post(cases + "/consents",
                here.coordinator, consent(id, "TAKE_PART", null)));
        sameAsUnknown("facilitator allocated", there.practitioner.id, id -> api.post(cases + "/facilitators",
                here.coordinator, "{\"userId\":\"" + id + "\",\"chosenByPersonHarmed\":false}"));
        sameAsUnknown("supporter of a participant", there.harmed, id -> api.post(cases + "/participants",
                here.coordinator, "{\"role\":\"SUPPORTER\",\"supports\":\"" + id + "\",\"details\":{\"name\":\"Synthetic S\"}}"));
        sameAsUnknown("withdrawal on behalf of a participant", there.harmed, id -> api.post(cases + "/withdraw",
                here.coordinator, "{\"onBehalfOf\":\"" + id + "\",\"reason\":\"Synthetic\"}"));
        assertEquals("nothing was written to the case", before, caseState());

        sameAsUnknown("a partner referrer's organisation", theirOrganisation, id -> api.post("/api/users", hubAdmin,
                "{\"username\":\"scoped-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"displayName\":\"Synthetic\","
                + "\"password\":\"" + Fixtures.PASSWORD + "\",\"roles\":[\"PARTNER_REFERRER\"],\"regions\":[\"" + here.region
                + "\"],\"organisationId\":\"" + id + "\"}"));
        sameAsUnknown("a practitioner's supervisor", there.supervisor.id, id -> api.post("/api/users", hubAdmin,
                "{\"username\":\"scoped-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"displayName\":\"Synthetic\","
                + "\"password\":\"" + Fixtures.PASSWORD + "\",\"roles\":[\"PRACTITIONER\"],\"regions\":[\"" + here.region
                + "\"],\"practitioner\":{\"registrationLevel\":\"ADVANCED\",\"supervisorId\":\"" + id + "\"}}"));
        Api.Reply user = api.get("/api/users/" + here.practitioner.id, hubAdmin);
        sameAsUnknown("a supervisor given in an access change", there.supervisor.id, id -> api.send("PUT",
                "/api/users/" + here.practitioner.id + "/access", hubAdmin, "{\"roles\":[\"PRACTITIONER\"],\"regions\":[\""
                + here.region + "\"],\"practitioner\":{\"registrationLevel\":\"ADVANCED\",\"supervisorId\":\"" + id + "\"},"
                + "\"enabled\":true}", user.header("ETag")));

        String items = Letters.BASE + "/cases/" + here.caseId + "/items";
        sameAsUnknown("a letter's writer", there.harmed, id -> api.post(items, here.practitioner.token,
                "{\"kind\":\"LETTER\",\"writerParticipantId\":\"" + id + "\",\"text\":\"Synthetic\"}"));
        sameAsUnknown("a letter's recipient", there.responsible, id -> api.post(items, here.practitioner.token,
                "{\"kind\":\"LETTER\",\"writerParticipantId\":\"" + here.harmed + "\",\"recipientParticipantId\":\"" + id
                + "\",\"text\":\"Synthetic\"}"));
        sameAsUnknown("the letter a reply answers", theirItem, id -> api.post(items, here.practitioner.token,
                "{\"kind\":\"LETTER\",\"writerParticipantId\":\"" + here.harmed + "\",\"inReplyTo\":\"" + id
                + "\",\"text\":\"Synthetic\"}"));
        assertEquals("no letter was written", 0, api.get(items, here.practitioner.token).json().size());

        sameAsUnknown("the facilitator a letter list is narrowed to", there.practitioner.id,
                id -> api.get(Letters.BASE + "/items?list=ALL&facilitator=" + id, here.coordinator));
        sameAsUnknown("the region a caseload is narrowed to", there.region,
                id -> api.get("/api/cases?region=" + id, here.coordinator));
    }

    /** The answer for a real id of another region is the answer for an id that names nothing. */
    private void sameAsUnknown(String what, String theirs, Function<String, Api.Reply> request) {
        Api.Reply unknown = request.apply(theirs.matches("[0-9a-f-]{36}") ? UUID.randomUUID().toString() : "no-such-" + theirs);
        Api.Reply outside = request.apply(theirs);
        assertTrue(what + ": " + unknown, unknown.status() >= 200);
        assertEquals(what + ": " + outside, unknown.status(), outside.status());
        assertEquals(what, normalise(unknown), normalise(outside));
        assertEquals(what, unknown.header("X-Total-Count"), outside.header("X-Total-Count"));
    }

    /** The answer without its incident number, which differs per request by design. */
    private static String normalise(Api.Reply reply) {
        if (reply.body().isEmpty() || !reply.body().startsWith("{")) {
            return reply.body();
        }
        JsonNode json = reply.json();
        return json.toString().replaceAll("Incident [0-9a-f-]+", "Incident");
    }

    private String caseState() {
        JsonNode kase = api.get("/api/cases/" + here.caseId, here.coordinator).json();
        return kase.get("stage") + " " + kase.get("hold") + " " + kase.get("participants").size() + " " + kase.get("consents").size();
    }

    private static String consent(String participant, String purpose, String organisation) {
        return "{\"participantId\":\"" + participant + "\",\"purpose\":\"" + purpose + "\""
                + (organisation == null ? "" : ",\"organisationId\":\"" + organisation + "\"")
                + ",\"wordingVersion\":\"consent-wording-v3\",\"noIncentiveOffered\":true}";
    }
}
