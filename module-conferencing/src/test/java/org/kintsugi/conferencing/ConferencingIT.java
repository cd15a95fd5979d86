package org.kintsugi.conferencing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.kintsugi.core.testkit.exam.Await;
import org.kintsugi.core.testkit.exam.CoreFixtures;
import org.kintsugi.core.testkit.exam.KintsugiClient;
import org.kintsugi.core.testkit.exam.KintsugiRuntime;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Conferencing in a running Kintsugi (the core runtime, this bundle installed) on PostgreSQL: offered only
 * where a region enables it, 404 outside scope, bad input refused whole, a family circle without the person
 * responsible, preparation recorded with readiness, and no scheduling while the contact gate refuses.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConferencingIT {
    private static final String MODULE = "/api/modules/conferencing";

    @Configuration
    public Option[] config() {
        return KintsugiRuntime.withModule("kintsugi_it_conferencing");
    }

    @Test
    public void aMeetingIsPlannedAndPreparedButNotScheduledWhileTheGateRefuses() {
        KintsugiClient api = KintsugiClient.ofContainer().awaitUp();
        CoreFixtures core = CoreFixtures.asAdmin(api);
        String region = core.region();
        String coordinator = core.user("COORDINATOR", region);
        CoreFixtures.Person practitioner = core.practitioner(region);
        String caseId = core.openCase(coordinator, region);
        core.allocate(coordinator, caseId, practitioner.id);
        String meetings = MODULE + "/cases/" + caseId + "/meetings";
        JsonNode participants = api.get("/api/cases/" + caseId, coordinator).expect(200).json().get("participants");
        String harmed = participants.get(0).get("id").asText();
        String responsible = participants.get(1).get("id").asText();

        assertEquals("not offered in the region yet", 404, api.get(meetings, practitioner.token).status());
        core.enable("conferencing", region, true);
        Await.until("the module to answer", Duration.ofSeconds(60), () -> api.get(meetings, practitioner.token).status() == 200);

        KintsugiClient.Reply circle = api.post(meetings, practitioner.token, "{\"kind\":\"FAMILY_CIRCLE\",\"attendees\":[\""
                + harmed + "\",\"" + responsible + "\"],\"facilitators\":[\"" + practitioner.id + "\"]}").expect(400);
        assertEquals("application/problem+json", circle.header("Content-Type"));
        assertEquals("conferencing.circle-without-responsible", circle.json().get("errors").get(0).get("code").asText());
        assertEquals("nothing was planned", 0, api.get(meetings, practitioner.token).json().size());
        assertEquals("hub staff do not plan meetings", 403, api.post(meetings, coordinator, conference(harmed, responsible,
                practitioner.id)).status());

        JsonNode meeting = api.post(meetings, practitioner.token, conference(harmed, responsible, practitioner.id)).expect(201).json();
        assertEquals("PLANNED", meeting.get("state").asText());
        assertEquals("Synthetic: no interrupting; either may pause", meeting.get("groundRules").asText());
        assertEquals("the coordinator sees the meeting, not its sealed texts", true,
                api.get(MODULE + "/meetings/" + meeting.get("id").asText(), coordinator).expect(200).json().get("withheld").asBoolean());
        String path = MODULE + "/meetings/" + meeting.get("id").asText();
        for (String who : new String[] {harmed, responsible}) {
            meeting = api.post(path + "/preparation-sessions", practitioner.token, "{\"participantId\":\"" + who
                    + "\",\"heldOn\":\"" + LocalDate.now(ZoneOffset.UTC) + "\",\"covered\":\"Synthetic: ground rules, what to expect\","
                    + "\"readiness\":\"READY\",\"groundRulesAgreed\":true}").expect(200).json();
        }
        assertEquals("PREPARING", meeting.get("state").asText());
        assertTrue(meeting.get("attendees").toString().contains("\"readiness\":\"READY\""));

        Instant start = LocalDate.now(ZoneOffset.UTC).plusDays(10).atTime(10, 0).toInstant(ZoneOffset.UTC);
        KintsugiClient.Reply refused = api.post(path + "/schedule", practitioner.token, "{\"start\":\"" + start + "\",\"end\":\""
                + start.plus(2, ChronoUnit.HOURS) + "\",\"remote\":true}").expect(409);
        assertEquals("urn:kintsugi:problem:contact-before-delivery", refused.json().get("type").asText());
        assertTrue("every rule is named", refused.json().get("detail").asText().contains("[decision-missing]"));
        assertEquals("PREPARING", api.get(path, practitioner.token).json().get("state").asText());

        String elsewhere = core.user("COORDINATOR", core.region());
        assertEquals("another region's meeting does not exist for them", 404, api.get(path, elsewhere).status());
        assertEquals(404, api.get(MODULE + "/meetings/no-such-meeting", practitioner.token).status());
        assertEquals(401, api.get(path, null).status());
    }

    private static String conference(String harmed, String responsible, String facilitator) {
        return "{\"kind\":\"CONFERENCE\",\"attendees\":[\"" + harmed + "\",\"" + responsible + "\"],\"facilitators\":[\""
                + facilitator + "\"],\"speaksFirst\":\"" + harmed + "\",\"groundRules\":\"Synthetic: no interrupting; either may pause\"}";
    }
}
