package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.kintsugi.core.testkit.exam.Await;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;

/**
 * The hard rules, each tried through the API: no contact before both assessments are signed off and a
 * supervisor who is not the assessor decided, before responsibility is acknowledged, without consent,
 * or while the case is paused, withdrawn, halted or closed. A service module asks the same gate.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ContactGateIT extends KintsugiTestSupport {

    @Test
    public void everyHardRuleStopsContactUntilItHolds() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        Bundle module = installTestModule(api, admin);
        try {
            CaseWalk walk = new CaseWalk(api, admin);
            String atStart = walk.gate("INDIRECT");
            for (String rule : new String[] {"contact-before-delivery", "facilitation-incomplete", "assessment-not-signed-off",
                "decision-missing", "responsibility-not-acknowledged", "consent-missing"}) {
                assertTrue(rule + " in " + atStart, atStart.contains(rule));
            }
            assertEquals("[\"case-not-found\"]", api.get("/api/modules/it-echo/gate/no-such-case/DIRECT", admin).json().toString());

            assertEquals("urn:kintsugi:problem:stage-order", walk.move(walk.coordinator, "CONSENT").json().get("type").asText());
            assertEquals("urn:kintsugi:problem:facilitator-missing", walk.move(walk.coordinator, "FIRST_CONTACT").json().get("type").asText());
            walk.allocate(walk.practitioner);
            walk.moveOk("FIRST_CONTACT");
            assertEquals("urn:kintsugi:problem:first-contact-not-recorded", walk.move(walk.coordinator, "CONSENT").json().get("type").asText());
            walk.firstContactDone();
            walk.moveOk("CONSENT");
            assertEquals("urn:kintsugi:problem:consent-missing", walk.move(walk.coordinator, "ASSESSMENT").json().get("type").asText());
            walk.consentOk(walk.harmed);
            walk.moveOk("ASSESSMENT");
            walk.assessFully(walk.practitioner.token, walk.harmed, false, "STRONG");
            assertEquals(200, walk.rate(walk.practitioner.token, walk.responsible, "ADEQUATE", CaseWalk.HARMED_FACTORS).status());
            assertEquals(200, walk.rate(walk.practitioner.token, walk.responsible, "ADEQUATE", "EMPATHY_FOR_PERSON_HARMED",
                    "MOTIVATION_FOR_CHANGE").status());
            assertEquals(200, walk.rate(walk.practitioner.token, walk.responsible, "LIMITED", "ACKNOWLEDGEMENT_OF_RESPONSIBILITY").status());
            assertEquals(200, walk.assessment(walk.practitioner.token, walk.responsible, "complete").status());
            assertEquals(200, walk.assessment(walk.supervisor.token, walk.harmed, "sign-off").status());
            assertEquals("one party's assessment is not enough", "urn:kintsugi:problem:assessment-not-signed-off",
                    walk.move(walk.coordinator, "DECISION").json().get("type").asText());
            assertEquals(200, walk.assessment(walk.supervisor.token, walk.responsible, "sign-off").status());
            walk.moveOk("DECISION");
            assertEquals("urn:kintsugi:problem:decision-missing", walk.move(walk.coordinator, "PREPARATION").json().get("type").asText());
            assertEquals(200, walk.decide(walk.supervisor.token, "DIRECT_CONTACT").status());
            walk.moveOk("PREPARATION");

            Api.Reply notAcknowledged = walk.move(walk.coordinator, "DELIVERY");
            assertEquals("urn:kintsugi:problem:responsibility-not-acknowledged", notAcknowledged.json().get("type").asText());
            assertTrue(notAcknowledged.json().get("detail").asText().contains("consent to take part"));
            walk.acknowledgeAfterNewInformation(walk.responsible);
            assertEquals("urn:kintsugi:problem:consent-missing", walk.move(walk.coordinator, "DELIVERY").json().get("type").asText());
            walk.consentOk(walk.responsible);
            walk.moveOk("DELIVERY");
            assertEquals("[]", walk.gate("DIRECT"));
            assertEquals("[]", walk.gate("INDIRECT"));
            assertTrue(api.get("/api/cases/" + walk.caseId + "/contact", walk.practitioner.token).json().get(0).get("allowed").asBoolean());

            assertEquals(200, api.post("/api/cases/" + walk.caseId + "/pause", walk.coordinator, "{}").status());
            assertEquals("[\"case-paused\"]", walk.gate("INDIRECT"));
            assertEquals(200, api.post("/api/cases/" + walk.caseId + "/resume", walk.coordinator, "{}").status());
            assertEquals("[]", walk.gate("INDIRECT"));

            JsonNode consents = api.get("/api/cases/" + walk.caseId, walk.coordinator).json().get("consents");
            String consentId = consents.get(consents.size() - 1).get("id").asText(); // the person responsible's
            assertEquals(200, api.post("/api/cases/" + walk.caseId + "/consents/" + consentId + "/withdraw", walk.coordinator, null).status());
            assertEquals("a withdrawn consent stops contact at once", "[\"consent-missing\"]", walk.gate("INDIRECT"));
            walk.consentOk(walk.responsible);

            assertEquals(200, api.post("/api/cases/" + walk.caseId + "/assessments/" + walk.harmed + "/risk-information",
                    walk.practitioner.token, "{\"information\":\"Synthetic: new concern raised at a session\"}").status());
            String afterRisk = walk.gate("DIRECT");
            assertTrue(afterRisk, afterRisk.contains("assessment-not-signed-off") && afterRisk.contains("decision-missing")
                    && afterRisk.contains("contact-before-delivery"));

            assertEquals(200, api.post("/api/cases/" + walk.caseId + "/halt", walk.practitioner.token,
                    "{\"reason\":\"Synthetic safety concern\"}").status());
            assertTrue(walk.gate("INDIRECT").contains("case-halted"));
            assertEquals(200, api.post("/api/cases/" + walk.caseId + "/close", walk.coordinator, "{\"reason\":\"HALTED\"}").status());
            assertTrue(walk.gate("INDIRECT").contains("case-closed"));
            String seen = api.get("/api/modules/it-echo/holds", admin).json().toString();
            assertTrue(seen, seen.contains(walk.caseId + ":HALTED") && seen.contains(walk.caseId + ":CLOSED"));
        } finally {
            module.uninstall();
        }
    }

    @Test
    public void theDecisionLimitsTheKindOfContact() {
        Api api = api();
        CaseWalk walk = new CaseWalk(api, adminToken(api));
        walk.toPreparation("INDIRECT_CONTACT");
        walk.moveOk("DELIVERY");
        assertEquals(0, api.get("/api/cases/" + walk.caseId + "/contact?kind=INDIRECT", walk.coordinator).json()
                .get(0).get("refusals").size());
        String direct = api.get("/api/cases/" + walk.caseId + "/contact?kind=DIRECT", walk.coordinator).json().toString();
        assertTrue(direct, direct.contains("decision-does-not-allow") && direct.contains("\"allowed\":false"));
        assertEquals(400, api.get("/api/cases/" + walk.caseId + "/contact?kind=TELEPATHY", walk.coordinator).status());
        String outsider = Fixtures.user(api, walk.admin, "COORDINATOR", Fixtures.region(api, walk.admin), null);
        assertEquals(404, api.get("/api/cases/" + walk.caseId + "/contact", outsider).status());

        CaseWalk survivorOnly = new CaseWalk(api, walk.admin);
        survivorOnly.toPreparation("SURVIVOR_ONLY");
        survivorOnly.moveOk("DELIVERY");
        String refused = api.get("/api/cases/" + survivorOnly.caseId + "/contact", survivorOnly.coordinator).json().toString();
        assertFalse(refused, refused.contains("\"allowed\":true"));
    }

    @Test
    public void aWithdrawalWaitsForADeliveryTheGateAllowedAndStopsTheNextOne() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        Bundle module = installTestModule(api, admin);
        try {
            CaseWalk walk = new CaseWalk(api, admin);
            walk.toPreparation("INDIRECT_CONTACT");
            walk.moveOk("DELIVERY");
            String deliver = "/api/modules/it-echo/gate/" + walk.caseId + "/INDIRECT/deliver";
            CompletableFuture<Api.Reply> delivery = CompletableFuture.supplyAsync(() -> api.post(deliver, admin, null));
            Await.until("the delivery to hold the case", Duration.ofSeconds(30),
                    () -> "true".equals(api.get("/api/modules/it-echo/gate/holding", admin).body()));

            CompletableFuture<Api.Reply> withdrawal = CompletableFuture.supplyAsync(() -> api.post("/api/cases/"
                    + walk.caseId + "/withdraw", walk.coordinator, "{\"onBehalfOf\":\"" + walk.harmed
                    + "\",\"reason\":\"Synthetic: changed their mind\"}"));
            try {
                Api.Reply early = withdrawal.get(2, TimeUnit.SECONDS);
                throw new AssertionError("the withdrawal went through while a delivery held the case: " + early);
            } catch (TimeoutException expected) {
                // it waits on the case lock the delivery's gate check took
            }
            assertEquals(204, api.post("/api/modules/it-echo/gate/release", admin, null).status());
            Api.Reply delivered = delivery.get(30, TimeUnit.SECONDS);
            assertEquals(delivered.toString(), 200, delivered.status());
            assertEquals("the delivery the gate allowed went through whole", "[]", delivered.body());
            Api.Reply withdrawn = withdrawal.get(30, TimeUnit.SECONDS);
            assertEquals(withdrawn.toString(), "WITHDRAWN", withdrawn.json().get("hold").asText());
            assertEquals("and nothing goes after it", "[\"case-withdrawn\"]", api.post(deliver, admin, null).body());
        } finally {
            module.uninstall();
        }
    }
}
