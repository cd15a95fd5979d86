package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;

/**
 * The attendee-aware contact gate, asked as a meeting-based module asks it: person by person, a person
 * responsible only under direct contact with a signed-off safety plan, and under a survivor-only decision
 * only the attendees a case supervisor approved for that meeting.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class MeetingGateIT extends KintsugiTestSupport {
    private static final Instant TEN = LocalDate.now(ZoneOffset.UTC).plusDays(14).atTime(10, 0).toInstant(ZoneOffset.UTC);

    @Test
    public void aDirectMeetingIsJudgedAttendeeByAttendee() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        Bundle module = installTestModule(api, admin);
        try {
            CaseWalk walk = new CaseWalk(api, admin);
            assertTrue("before delivery", walk.meetingGate("conf:1", walk.harmed).contains("contact-before-delivery"));
            walk.toPreparation("DIRECT_CONTACT");
            walk.moveOk("DELIVERY");
            String supporter = walk.addParticipant("SUPPORTER", "Synthetic Supporter M", walk.harmed);
            String family = walk.addParticipant("AFFECTED_OTHER", "Synthetic Relative N");

            assertEquals("[\"safety-plan-not-signed-off\",\"consent-missing@" + supporter + "\"]",
                    walk.meetingGate("conf:1", walk.harmed, walk.responsible, supporter));
            assertEquals("without the person responsible no safety plan is asked; the supporter's consent is",
                    "[\"consent-missing@" + supporter + "\"]", walk.meetingGate("conf:1", walk.harmed, supporter));
            assertEquals("an affected other attending needs their own assessment and consent",
                    "[\"assessment-not-signed-off@" + family + "\",\"consent-missing@" + family + "\"]",
                    walk.meetingGate("conf:1", walk.harmed, family));
            assertEquals("[\"attendees-required\"]", walk.meetingGate("conf:1"));

            CaseWalk other = new CaseWalk(api, admin);
            assertEquals("another case's participant is nobody here", "[\"not-a-participant@" + other.harmed + "\"]",
                    walk.meetingGate("conf:1", walk.harmed, other.harmed));

            walk.consentOk(supporter);
            writeAndSignOffPlan(api, walk, true);
            assertEquals("[]", walk.meetingGate("conf:1", walk.harmed, walk.responsible, supporter));

            assertEquals(200, api.post("/api/cases/" + walk.caseId + "/pause", walk.coordinator,
                    "{\"onBehalfOf\":\"" + walk.harmed + "\"}").status());
            assertEquals("[\"case-paused\"]", walk.meetingGate("conf:1", walk.harmed, walk.responsible, supporter));
            assertEquals(200, api.post("/api/cases/" + walk.caseId + "/resume", walk.coordinator, "{}").status());

            writeAndSignOffPlan(api, walk, false);
            assertEquals("a plan without the person responsible's part", "[\"safety-plan-part-missing@" + walk.responsible
                    + "\"]", walk.meetingGate("conf:1", walk.harmed, walk.responsible));
        } finally {
            module.uninstall();
        }
    }

    @Test
    public void aFamilyCircleUnderSurvivorOnlyTakesOnlyTheApprovedAndNeverThePersonResponsible() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        Bundle module = installTestModule(api, admin);
        try {
            CaseWalk walk = new CaseWalk(api, admin);
            walk.toPreparation("SURVIVOR_ONLY");
            walk.moveOk("DELIVERY");
            String family = walk.addParticipant("AFFECTED_OTHER", "Synthetic Relative P");
            offerEcho(api, admin, walk.region);
            String circle = "circle:" + walk.caseId;

            assertEquals(Set.of("attendee-not-approved@" + family, "attendee-not-approved@" + walk.harmed,
                    "assessment-not-signed-off@" + family, "consent-missing@" + family),
                    asSet(walk.meetingGate(circle, walk.harmed, family)));

            assertEquals("a facilitator does not approve", 403, approve(api, walk, walk.practitioner.token, circle, walk.harmed, family).status());
            Api.Reply withResponsible = approve(api, walk, walk.supervisor.token, circle, walk.harmed, walk.responsible);
            assertEquals(withResponsible.toString(), 400, withResponsible.status());
            assertEquals("responsible-under-survivor-only", withResponsible.json().get("errors").get(0).get("code").asText());
            String elsewhere = Fixtures.region(api, admin);
            offerEcho(api, admin, elsewhere);
            String outsider = CaseWalk.person(api, admin, elsewhere, "CASE_SUPERVISOR", null).token;
            assertEquals("a supervisor of another region finds no such case", 404, approve(api, walk, outsider, circle, walk.harmed).status());
            Api.Reply approved = approve(api, walk, walk.supervisor.token, circle, walk.harmed, family);
            assertEquals(approved.toString(), 200, approved.status());
            assertTrue(api.get("/api/cases/" + walk.caseId, walk.coordinator).json().get("timeline").toString()
                    .contains("ATTENDEES_APPROVED"));

            walk.assessFully(walk.practitioner.token, family, false, "STRONG");
            assertEquals(200, walk.assessment(walk.supervisor.token, family, "sign-off").status());
            walk.consentOk(family);
            assertEquals("[]", walk.meetingGate(circle, walk.harmed, family));
            assertEquals("approval is for that meeting only", "[\"attendee-not-approved@" + walk.harmed + "\"]",
                    walk.meetingGate("circle:another", walk.harmed));
            String withThem = walk.meetingGate(circle, walk.harmed, family, walk.responsible);
            assertTrue(withThem, withThem.contains("responsible-under-survivor-only@" + walk.responsible));

            CaseWalk direct = new CaseWalk(api, admin);
            direct.toPreparation("DIRECT_CONTACT");
            offerEcho(api, admin, direct.region);
            Api.Reply notSurvivorOnly = approve(api, direct, direct.supervisor.token, "circle:x", direct.harmed);
            assertEquals(notSurvivorOnly.toString(), 409, notSurvivorOnly.status());
        } finally {
            module.uninstall();
        }
    }

    private static void offerEcho(Api api, String admin, String region) {
        assertEquals(204, api.send("PUT", "/api/regions/" + region + "/modules/it-echo", admin, "{\"enabled\":true}").status());
    }

    private static Api.Reply approve(Api api, CaseWalk walk, String token, String key, String... attendees) {
        return api.post("/api/modules/it-echo/meeting-gate/approvals", token, "{\"caseId\":\"" + walk.caseId
                + "\",\"meetingKey\":\"" + key + "\",\"attendees\":[\"" + String.join("\",\"", attendees) + "\"]}");
    }

    /** Which refusals, whatever their order. */
    private static Set<String> asSet(String json) {
        return new HashSet<>(Arrays.asList(json.substring(1, json.length() - 1).replace("\"", "").split(",")));
    }

    /** Writes a plan (with or without the person responsible's part) and has the supervisor sign it off. */
    private static void writeAndSignOffPlan(Api api, CaseWalk walk, boolean withResponsible) {
        String plan = "/api/cases/" + walk.caseId + "/safety-plan";
        String parts = part(walk.harmed, TEN) + (withResponsible ? "," + part(walk.responsible, TEN.plus(30, ChronoUnit.MINUTES)) : "");
        Api.Reply written = api.send("PUT", plan, walk.practitioner.token, "{\"parts\":[" + parts + "]}");
        assertEquals(written.toString(), 200, written.status());
        Api.Reply signed = api.post(plan + "/sign-off", walk.supervisor.token,
                "{\"version\":" + written.json().get("version").asInt() + "}");
        assertEquals(signed.toString(), 200, signed.status());
    }

    private static String part(String participant, Instant arrives) {
        return "{\"participantId\":\"" + participant + "\",\"arriveAt\":\"" + arrives + "\",\"leaveAt\":\""
                + arrives.plus(2, ChronoUnit.HOURS) + "\",\"route\":\"Synthetic route\",\"waitsIn\":\"Synthetic room\","
                + "\"stopSignal\":\"Synthetic: a red card\",\"whoToCall\":\"Synthetic: the duty facilitator\"}";
    }
}
