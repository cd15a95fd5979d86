package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Everyone affected by one incident in one case: two people harmed and two responsible, each with their
 * own consent, assessment, acknowledgement and view, and every rule applied to each of them.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class MultiPartyIT extends KintsugiTestSupport {

    @Test
    public void everyRuleAppliesToEachPersonHarmedAndEachPersonResponsible() {
        Api api = api();
        String admin = adminToken(api);
        CaseWalk walk = new CaseWalk(api, admin);
        String harmed2 = walk.addParticipant("PERSON_HARMED", "Synthetic Person Q");
        String responsible2 = walk.addParticipant("PERSON_RESPONSIBLE", "Synthetic Person R");
        Api.Reply facilitator = api.post("/api/cases/" + walk.caseId + "/participants", walk.coordinator,
                "{\"role\":\"FACILITATOR\",\"details\":{\"name\":\"Synthetic Person S\"}}");
        assertEquals("facilitators are allocated, not added", "participant-role",
                facilitator.json().get("errors").get(0).get("code").asText());

        walk.allocate(walk.practitioner);
        walk.moveOk("FIRST_CONTACT");
        walk.firstContactDone();
        walk.moveOk("CONSENT");
        walk.consentOk(walk.harmed);
        assertEquals("the second person harmed has not consented", "urn:kintsugi:problem:consent-missing",
                walk.move(walk.coordinator, "ASSESSMENT").json().get("type").asText());
        walk.consentOk(harmed2);
        walk.moveOk("ASSESSMENT");

        walk.assessFully(walk.practitioner.token, walk.harmed, false, "STRONG");
        walk.assessFully(walk.practitioner.token, harmed2, false, "ADEQUATE");
        walk.assessFully(walk.practitioner.token, walk.responsible, true, "ADEQUATE");
        assertEquals(200, walk.rate(walk.practitioner.token, responsible2, "ADEQUATE", CaseWalk.HARMED_FACTORS).status());
        assertEquals(200, walk.rate(walk.practitioner.token, responsible2, "ADEQUATE", "EMPATHY_FOR_PERSON_HARMED",
                "MOTIVATION_FOR_CHANGE").status());
        assertEquals(200, walk.rate(walk.practitioner.token, responsible2, "LIMITED", "ACKNOWLEDGEMENT_OF_RESPONSIBILITY").status());
        assertEquals(200, walk.assessment(walk.practitioner.token, responsible2, "complete").status());
        for (String p : new String[] {walk.harmed, harmed2, walk.responsible}) {
            assertEquals(200, walk.assessment(walk.supervisor.token, p, "sign-off").status());
        }
        Api.Reply oneUnsigned = walk.move(walk.coordinator, "DECISION");
        assertEquals("urn:kintsugi:problem:assessment-not-signed-off", oneUnsigned.json().get("type").asText());
        assertEquals(200, walk.assessment(walk.supervisor.token, responsible2, "sign-off").status());
        walk.moveOk("DECISION");
        assertEquals(200, walk.decide(walk.supervisor.token, "DIRECT_CONTACT").status());
        walk.moveOk("PREPARATION");

        assertEquals("urn:kintsugi:problem:responsibility-not-acknowledged",
                walk.move(walk.coordinator, "DELIVERY").json().get("type").asText());
        JsonNode refusals = api.get("/api/cases/" + walk.caseId + "/contact?kind=DIRECT", walk.practitioner.token)
                .json().get(0).get("refusals");
        assertEquals("each refusal names whose it is", List.of("contact-before-delivery", "responsibility-not-acknowledged@" + responsible2,
                "consent-missing@" + walk.responsible, "consent-missing@" + responsible2), rules(refusals));
        walk.consentOk(walk.responsible);
        walk.consentOk(responsible2);
        walk.acknowledgeAfterNewInformation(responsible2);
        walk.moveOk("DELIVERY");
        assertEquals("[]", api.get("/api/cases/" + walk.caseId + "/contact?kind=DIRECT", walk.practitioner.token)
                .json().get(0).get("refusals").toString());

        String late = walk.addParticipant("PERSON_RESPONSIBLE", "Synthetic Person U");
        assertEquals(List.of("assessment-not-signed-off@" + late, "responsibility-not-acknowledged@" + late,
                "consent-missing@" + late), rules(api.get("/api/cases/" + walk.caseId + "/contact?kind=DIRECT",
                walk.practitioner.token).json().get(0).get("refusals")));
        walk.assessFully(walk.practitioner.token, late, true, "ADEQUATE");
        assertEquals("someone who joins later is assessed where the case is", 200,
                walk.assessment(walk.supervisor.token, late, "sign-off").status());
        walk.consentOk(late);
        assertEquals("but the decision was taken without them", List.of("decision-predates-assessment@" + late),
                rules(api.get("/api/cases/" + walk.caseId + "/contact?kind=DIRECT", walk.practitioner.token)
                .json().get(0).get("refusals")));

        JsonNode ownView = api.get("/api/cases/" + walk.caseId + "/participants/" + harmed2 + "/view", walk.coordinator).json();
        assertEquals("Synthetic Person Q", ownView.get("yourDetails").get("name").asText());
        for (String responsible : new String[] {walk.responsible, responsible2}) {
            String view = api.get("/api/cases/" + walk.caseId + "/participants/" + responsible + "/view", walk.coordinator)
                    .json().toString();
            assertFalse(view, view.contains("Synthetic Person Q") || view.contains("Synthetic Person C"));
            assertTrue(view, view.contains("\"others\":[\"PERSON_HARMED\""));
        }
    }

    @Test
    public void eachPersonHarmedChoosesWhetherToReceiveLetters() {
        Api api = api();
        String admin = adminToken(api);
        Letters letters = Letters.onNewCase(api, admin);
        CaseWalk walk = letters.walk;
        walk.allocate(walk.practitioner);
        String harmed2 = walk.addParticipant("PERSON_HARMED", "Synthetic Person T");
        String base = "/api/modules/letter-exchange/cases/" + walk.caseId + "/preferences";
        Api.Reply chosen = api.send("PUT", base + "?participantId=" + harmed2, walk.practitioner.token,
                "{\"receivesLetters\":true,\"receivesReplies\":false}");
        assertEquals(chosen.toString(), 200, chosen.status());
        assertEquals(harmed2, chosen.json().get("participantId").asText());
        JsonNode first = api.get(base, walk.practitioner.token).json();
        assertEquals("the first person harmed's choice is their own", walk.harmed, first.get("participantId").asText());
        assertFalse(first.get("chosen").asBoolean());
        assertTrue(api.get(base + "?participantId=" + harmed2, walk.practitioner.token).json().get("receivesLetters").asBoolean());
        assertEquals("a person responsible does not choose here", 400,
                api.get(base + "?participantId=" + walk.responsible, walk.practitioner.token).status());
        CaseWalk other = new CaseWalk(api, admin);
        assertEquals("another case's person harmed does not exist here", 404,
                api.get(base + "?participantId=" + other.harmed, walk.practitioner.token).status());
    }

    private static List<String> rules(JsonNode refusals) {
        List<String> rules = new ArrayList<>();
        refusals.forEach(r -> rules.add(r.get("rule").asText() + (r.hasNonNull("participantId")
                ? "@" + r.get("participantId").asText() : "")));
        return rules;
    }
}
