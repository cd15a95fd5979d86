package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * A case's safety plan: written whole by its practitioners (the parties' times staggered), versioned, signed off
 * by a case supervisor who did not write it; each participant's view holds their own part only, once signed off.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SafetyPlanIT extends KintsugiTestSupport {
    private static final String HARMED_ROUTE = "Synthetic route: bus 12 to the front door";
    private static final String RESPONSIBLE_ROUTE = "Synthetic route: car park at the back";
    private static final Instant TEN = LocalDate.now(ZoneOffset.UTC).plusDays(14).atTime(10, 0).toInstant(ZoneOffset.UTC);

    @Test
    public void aPlanIsWrittenWholeSignedOffByAnotherAndEachPartySeesOnlyTheirOwnPart() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        CaseWalk walk = new CaseWalk(api, admin);
        walk.allocate(walk.practitioner);
        String plan = "/api/cases/" + walk.caseId + "/safety-plan";
        assertEquals("none yet", 404, api.get(plan, walk.practitioner.token).status());

        Api.Reply together = api.send("PUT", plan, walk.practitioner.token, plan(walk, TEN, TEN.plus(5, ChronoUnit.MINUTES)));
        assertEquals(together.toString(), 400, together.status());
        assertEquals("parts[1].arriveAt", together.json().get("errors").get(0).get("field").asText());
        assertEquals("not-staggered", together.json().get("errors").get(0).get("code").asText());
        assertEquals("nothing was written", 404, api.get(plan, walk.practitioner.token).status());
        assertEquals("parts[0].participantId", api.send("PUT", plan, walk.practitioner.token,
                plan(walk, TEN, TEN.plus(30, ChronoUnit.MINUTES)).replace(walk.harmed, "someone-else")).json()
                .get("errors").get(0).get("field").asText());
        assertEquals("hub staff do not write it", 403,
                api.send("PUT", plan, walk.coordinator, plan(walk, TEN, TEN.plus(30, ChronoUnit.MINUTES))).status());

        JsonNode first = ok(api.send("PUT", plan, walk.practitioner.token, plan(walk, TEN, TEN.plus(30, ChronoUnit.MINUTES))));
        assertEquals(1, first.get("version").asInt());
        assertFalse(first.get("signedOff").asBoolean());
        String responsibleView = "/api/cases/" + walk.caseId + "/participants/" + walk.responsible + "/view";
        assertFalse("not signed off: not in anyone's view", ok(api.get(responsibleView, walk.coordinator)).has("yourSafetyPlan"));

        assertEquals(403, api.post(plan + "/sign-off", walk.practitioner.token, "{\"version\":1}").status());
        JsonNode signed = ok(api.post(plan + "/sign-off", walk.supervisor.token, "{\"version\":1}"));
        assertTrue(signed.get("signedOff").asBoolean());
        assertEquals("safety-plan-signed-off", type(api.post(plan + "/sign-off", walk.supervisor.token, "{\"version\":1}")));

        JsonNode view = ok(api.get(responsibleView, walk.coordinator));
        assertEquals(RESPONSIBLE_ROUTE, view.get("yourSafetyPlan").get("route").asText());
        String whole = view.toString();
        assertFalse("never the person harmed's route", whole.contains(HARMED_ROUTE));
        assertFalse("nor their times", whole.contains(TEN.toString()) || whole.contains("10:00"));
        assertFalse("nor where they wait", whole.contains("Synthetic: the quiet room"));
        assertEquals(HARMED_ROUTE, ok(api.get("/api/cases/" + walk.caseId + "/participants/" + walk.harmed + "/view",
                walk.coordinator)).get("yourSafetyPlan").get("route").asText());

        JsonNode second = ok(api.send("PUT", plan, walk.supervisor.token, plan(walk, TEN, TEN.plus(45, ChronoUnit.MINUTES))));
        assertEquals(2, second.get("version").asInt());
        assertEquals("a new version needs signing off again", false, ok(api.get(plan, walk.coordinator)).get("signedOff").asBoolean());
        assertFalse(ok(api.get(responsibleView, walk.coordinator)).has("yourSafetyPlan"));
        assertEquals("safety-plan-changed", type(api.post(plan + "/sign-off", walk.supervisor.token, "{\"version\":1}")));
        assertEquals("whoever wrote it does not sign it off", "safety-plan-own",
                type(api.post(plan + "/sign-off", walk.supervisor.token, "{\"version\":2}")));

        String elsewhere = Fixtures.user(api, admin, "COORDINATOR", Fixtures.region(api, admin), null);
        assertEquals(404, api.get(plan, elsewhere).status());
        assertEquals(401, api.get(plan, null).status());
    }

    private static String type(Api.Reply reply) {
        assertEquals(reply.toString(), 409, reply.status());
        return reply.json().get("type").asText().replace("urn:kintsugi:problem:", "");
    }

    private static JsonNode ok(Api.Reply reply) {
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    private static String plan(CaseWalk walk, Instant harmedArrives, Instant responsibleArrives) {
        return "{\"parts\":[" + part(walk.harmed, harmedArrives, HARMED_ROUTE, "Synthetic: the quiet room") + ","
                + part(walk.responsible, responsibleArrives, RESPONSIBLE_ROUTE, "Synthetic: the side room") + "]}";
    }

    private static String part(String participant, Instant arrives, String route, String waitsIn) {
        return "{\"participantId\":\"" + participant + "\",\"arriveAt\":\"" + arrives + "\",\"leaveAt\":\""
                + arrives.plus(2, ChronoUnit.HOURS) + "\",\"route\":\"" + route + "\",\"waitsIn\":\"" + waitsIn
                + "\",\"stopSignal\":\"Synthetic: a red card on the table\",\"whoToCall\":\"Synthetic: the duty facilitator\"}";
    }
}
