package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** Only current, supervised practitioners of the region facilitate; special-risk cases show what they still lack. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class FacilitatorIT extends KintsugiTestSupport {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    public void allocationFollowsTheRulesAndGrantsTheCase() {
        Api api = api();
        String admin = adminToken(api);
        String region = Fixtures.region(api, admin);
        String coordinator = Fixtures.user(api, admin, "COORDINATOR", region, null);
        String referral = api.post("/api/referrals", coordinator, Fixtures.referral(region, "SEXUAL_VIOLENCE")).json().get("id").asText();
        String caseId = api.post("/api/referrals/" + referral + "/accept", coordinator, null).json().get("id").asText();
        String gaps = api.get("/api/cases/" + caseId, coordinator).json().get("facilitationGaps").toString();
        assertTrue(gaps, gaps.contains("No facilitator") && gaps.contains("two facilitators") && gaps.contains("sexual harm training"));

        Practitioner lapsed = practitioner(api, admin, region, TODAY.minusWeeks(13), TODAY.minusDays(30), false);
        Practitioner unobserved = practitioner(api, admin, region, TODAY.minusDays(7), TODAY.minusDays(400), false);
        Practitioner first = practitioner(api, admin, region, TODAY.minusDays(7), TODAY.minusDays(30), false);
        Practitioner specialist = practitioner(api, admin, region, TODAY.minusDays(3), TODAY.minusDays(60), true);
        Practitioner elsewhere = practitioner(api, admin, Fixtures.region(api, admin), TODAY, TODAY, true);

        assertEquals("urn:kintsugi:problem:supervision-lapsed", allocate(api, coordinator, caseId, lapsed.id, false).json().get("type").asText());
        assertEquals("urn:kintsugi:problem:observation-lapsed", allocate(api, coordinator, caseId, unobserved.id, false).json().get("type").asText());
        assertEquals(400, allocate(api, coordinator, caseId, elsewhere.id, false).status());
        String coordinatorId = api.get("/api/auth/me", coordinator).json().get("id").asText();
        assertEquals("userId", allocate(api, coordinator, caseId, coordinatorId, false).json().get("errors").get(0).get("field").asText());

        assertFalse(api.get("/api/cases", first.token).body().contains(caseId));
        JsonNode allocated = allocate(api, coordinator, caseId, first.id, true).json();
        JsonNode facilitator = allocated.get("participants").get(2);
        assertEquals("FACILITATOR", facilitator.get("role").asText());
        assertTrue(facilitator.get("chosenByPersonHarmed").asBoolean());
        assertTrue(allocated.get("timeline").toString().contains("FACILITATOR_ALLOCATED"));
        assertTrue("the facilitator now sees the case", api.get("/api/cases", first.token).body().contains(caseId));
        assertEquals(200, api.get("/api/cases/" + caseId, first.token).status());
        assertEquals(403, allocate(api, first.token, caseId, specialist.id, false).status());
        assertEquals(409, allocate(api, coordinator, caseId, first.id, false).status());

        JsonNode ready = allocate(api, coordinator, caseId, specialist.id, false).json();
        assertEquals("two facilitators, one specialist: nothing lacking", 0, ready.get("facilitationGaps").size());

        Api.Reply removed = api.send("DELETE", "/api/cases/" + caseId + "/facilitators/" + facilitator.get("id").asText(),
                coordinator, null);
        assertEquals(removed.toString(), 200, removed.status());
        assertEquals(404, api.get("/api/cases/" + caseId, first.token).status());
        assertTrue(removed.json().get("facilitationGaps").toString().contains("two facilitators"));
    }

    private static Api.Reply allocate(Api api, String token, String caseId, String userId, boolean chosen) {
        return api.post("/api/cases/" + caseId + "/facilitators", token,
                "{\"userId\":\"" + userId + "\",\"chosenByPersonHarmed\":" + chosen + "}");
    }

    private static Practitioner practitioner(Api api, String admin, String region, LocalDate supervised,
            LocalDate observed, boolean sexualHarmTrained) {
        String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode body = Fixtures.JSON.createObjectNode().put("username", name).put("displayName", "Synthetic Practitioner")
                .put("password", Fixtures.PASSWORD);
        body.putArray("roles").add("PRACTITIONER");
        body.putArray("regions").add(region);
        body.putObject("practitioner").put("registrationLevel", "ADVANCED").put("sexualHarmTrained", sexualHarmTrained)
                .put("lastSupervisionOn", supervised.toString()).put("lastObservedPracticeOn", observed.toString());
        Api.Reply created = api.post("/api/users", admin, body.toString());
        assertEquals(created.toString(), 201, created.status());
        return new Practitioner(created.json().get("id").asText(), api.login(name, Fixtures.PASSWORD));
    }

    private static final class Practitioner {
        final String id;
        final String token;

        Practitioner(String id, String token) {
            this.id = id;
            this.token = token;
        }
    }

    @Test
    public void hubStaffSeeWhomTheyMayAllocateAndNobodyElseDoes() {
        Api api = api();
        String admin = adminToken(api);
        CaseWalk walk = new CaseWalk(api, admin);
        String path = "/api/regions/" + walk.region + "/practitioners";
        Api.Reply listed = api.get(path, walk.coordinator);
        assertEquals(listed.toString(), 200, listed.status());
        String body = listed.body();
        assertTrue(body, body.contains(walk.practitioner.id) && body.contains("\"current\":true"));
        assertFalse("supervisors are not in the practitioners' list", body.contains(walk.supervisor.id));
        assertFalse("no case data in it", body.contains(walk.caseId));
        String elsewhere = Fixtures.user(api, admin, "COORDINATOR", Fixtures.region(api, admin), null);
        assertEquals(404, api.get(path, elsewhere).status());
        assertEquals(404, api.get(path, walk.practitioner.token).status());
        assertEquals(404, api.get("/api/regions/no-such-region/practitioners", admin).status());
    }
}
