package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Assessments rated factor by factor, completed, signed off by a supervisor who wrote none of it; a
 * decision by a supervisor who wrote none of the assessments; new risk information re-opens it all.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AssessmentIT extends KintsugiTestSupport {

    @Test
    public void supervisorsSeeTheirPractitionersCasesOnly() {
        Api api = api();
        String admin = adminToken(api);
        CaseWalk walk = new CaseWalk(api, admin);
        CaseWalk.Person otherSupervisor = CaseWalk.person(api, admin, walk.region, "CASE_SUPERVISOR", null);
        assertEquals(404, api.get("/api/cases/" + walk.caseId, walk.supervisor.token).status());
        walk.allocate(walk.practitioner);
        assertEquals("the supervisor of an allocated practitioner sees the case", 200,
                api.get("/api/cases/" + walk.caseId, walk.supervisor.token).status());
        assertTrue(api.get("/api/cases", walk.supervisor.token).json().toString().contains(walk.caseId));
        Api.Reply notTheirs = api.get("/api/cases/" + walk.caseId, otherSupervisor.token);
        Api.Reply missing = api.get("/api/cases/00000000-0000-0000-0000-000000000000", otherSupervisor.token);
        assertEquals(404, notTheirs.status());
        assertEquals("outside scope looks exactly like nothing", missing.body().replace("00000000-0000-0000-0000-000000000000",
                walk.caseId), notTheirs.body());
        assertFalse(api.get("/api/cases", otherSupervisor.token).json().toString().contains(walk.caseId));
        assertEquals("a practitioner cannot be their own supervisor's supervisor", 400, api.post("/api/users", admin,
                "{\"username\":\"it-selfsup\",\"displayName\":\"Synthetic\",\"password\":\"" + Fixtures.PASSWORD
                        + "\",\"roles\":[\"PRACTITIONER\"],\"regions\":[\"" + walk.region + "\"],\"practitioner\":"
                        + "{\"registrationLevel\":\"FOUNDATION\",\"supervisorId\":\"" + walk.practitioner.id + "\"}}").status());
    }

    @Test
    public void aTeamsCaseloadCountsEachOfItsCasesOnce() {
        Api api = api();
        String admin = adminToken(api);
        CaseWalk walk = new CaseWalk(api, admin);
        assertEquals("0", api.get("/api/cases", walk.practitioner.token).header("X-Total-Count"));
        walk.allocate(walk.practitioner);
        walk.allocate(walk.supervisor); // the supervisor and their practitioner both facilitate the case
        Api.Reply supervisors = api.get("/api/cases", walk.supervisor.token);
        assertEquals("1", supervisors.header("X-Total-Count"));
        assertEquals(1, supervisors.json().size());
        assertEquals("1", api.get("/api/cases", walk.practitioner.token).header("X-Total-Count"));
        assertEquals("a filter still narrows the count", "0",
                api.get("/api/cases?stage=PREPARATION", walk.supervisor.token).header("X-Total-Count"));
        assertEquals("0", api.get("/api/cases", CaseWalk.person(api, admin, walk.region, "PRACTITIONER", null).token)
                .header("X-Total-Count"));
    }

    @Test
    public void assessmentIsSignedOffAndDecidedOnlyByThoseWhoDidNotWriteIt() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        CaseWalk walk = new CaseWalk(api, admin);
        CaseWalk.Person secondSupervisor = CaseWalk.person(api, admin, walk.region, "CASE_SUPERVISOR", null);
        walk.allocate(walk.practitioner);
        walk.allocate(secondSupervisor);
        assertEquals("urn:kintsugi:problem:not-assessment-stage",
                walk.rate(walk.practitioner.token, walk.harmed, "STRONG", "RESILIENCE").json().get("type").asText());
        walk.moveOk("FIRST_CONTACT");
        walk.firstContactDone();
        walk.moveOk("CONSENT");
        walk.consentOk(walk.harmed);
        walk.moveOk("ASSESSMENT");

        Api.Reply notForHarmed = walk.rate(walk.practitioner.token, walk.harmed, "STRONG", "EMPATHY_FOR_PERSON_HARMED");
        assertEquals(400, notForHarmed.status());
        assertEquals("factors.EMPATHY_FOR_PERSON_HARMED", notForHarmed.json().get("errors").get(0).get("field").asText());
        assertEquals(403, walk.rate(walk.coordinator, walk.harmed, "STRONG", "RESILIENCE").status());
        assertEquals(200, walk.rate(walk.practitioner.token, walk.harmed, "LIMITED", "RESILIENCE").status());
        Api.Reply incomplete = walk.assessment(walk.practitioner.token, walk.harmed, "complete");
        assertEquals(400, incomplete.status());
        assertEquals("every unrated factor is named", 4, incomplete.json().get("errors").size());
        walk.assessFully(walk.practitioner.token, walk.harmed, false, "STRONG");
        assertEquals("urn:kintsugi:problem:assessment-not-in-progress",
                walk.rate(walk.practitioner.token, walk.harmed, "ABSENT", "RESILIENCE").json().get("type").asText());
        assertEquals(403, walk.assessment(walk.practitioner.token, walk.harmed, "sign-off").status());

        // The first supervisor writes one factor of the person responsible's assessment.
        assertEquals(200, walk.rate(walk.supervisor.token, walk.responsible, "ADEQUATE", "RESILIENCE").status());
        walk.assessFully(walk.practitioner.token, walk.responsible, true, "ADEQUATE");
        assertEquals("urn:kintsugi:problem:own-work",
                walk.assessment(walk.supervisor.token, walk.responsible, "sign-off").json().get("type").asText());
        assertEquals(200, walk.assessment(walk.supervisor.token, walk.harmed, "sign-off").status());
        JsonNode signed = walk.assessment(secondSupervisor.token, walk.responsible, "sign-off").json();
        assertEquals("SIGNED_OFF", signed.get("status").asText());
        assertEquals(0, signed.get("unrated").size());
        assertEquals(8, signed.get("factors").size());
        walk.moveOk("DECISION");

        assertEquals(400, api.post("/api/cases/" + walk.caseId + "/decisions", secondSupervisor.token, "{\"outcome\":\"DIRECT_CONTACT\"}").status());
        assertEquals("urn:kintsugi:problem:own-work", walk.decide(walk.supervisor.token, "INDIRECT_CONTACT").json().get("type").asText());
        JsonNode decided = walk.decide(secondSupervisor.token, "INDIRECT_CONTACT").json();
        assertEquals("INDIRECT_CONTACT", decided.get(0).get("outcome").asText());
        assertTrue(decided.get(0).get("current").asBoolean());
        assertEquals("Synthetic: letters only at first", decided.get(0).get("conditions").asText());
        assertEquals(409, walk.decide(secondSupervisor.token, "DIRECT_CONTACT").status());
        walk.moveOk("PREPARATION");

        JsonNode reopened = api.post("/api/cases/" + walk.caseId + "/assessments/" + walk.responsible + "/risk-information",
                walk.coordinator, "{\"information\":\"Synthetic: a partner agency reports renewed contact attempts\"}").json();
        assertEquals("IN_PROGRESS", reopened.get("status").asText());
        assertEquals(1, reopened.get("reopenedCount").asInt());
        assertEquals("Synthetic: a partner agency reports renewed contact attempts",
                reopened.get("riskInformation").get(0).get("information").asText());
        JsonNode page = api.get("/api/cases/" + walk.caseId, walk.coordinator).json();
        assertEquals("new risk information returns the case to assessment", "ASSESSMENT", page.get("stage").asText());
        String timeline = page.get("timeline").toString();
        assertTrue(timeline, timeline.contains("ASSESSMENT_REOPENED") && timeline.contains("DECISION_SUPERSEDED"));
        assertFalse("the timeline never carries the information itself", timeline.contains("contact attempts"));
        // The particulars travel apart from the English note, for screens in other languages.
        boolean reopenedWithParticulars = false;
        for (JsonNode entry : page.get("timeline")) {
            JsonNode params = entry.path("params");
            reopenedWithParticulars |= "ASSESSMENT_REOPENED".equals(entry.get("kind").asText())
                    && "PERSON_RESPONSIBLE".equals(params.path("role").asText())
                    && "NEW_RISK_INFORMATION".equals(params.path("why").asText());
        }
        assertTrue(timeline, reopenedWithParticulars);
        assertFalse(api.get("/api/cases/" + walk.caseId + "/decisions", walk.coordinator).json().get(0).get("current").asBoolean());
        assertEquals("SIGNED_OFF", api.get("/api/cases/" + walk.caseId + "/assessments", walk.coordinator).json()
                .get(0).get("status").asText());

        try (Connection c = TestDatabase.connect(bundleContext); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT notes_enc FROM assessment_factor UNION ALL SELECT information_enc "
                     + "FROM case_risk_information UNION ALL SELECT reasons_enc FROM case_decision")) {
            while (rows.next()) {
                assertTrue(rows.getString(1).startsWith("v1:"));
                assertFalse("notes, risk information and reasons are encrypted at rest", rows.getString(1).contains("Synthetic"));
            }
        }
    }
}
