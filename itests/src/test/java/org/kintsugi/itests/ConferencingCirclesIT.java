package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Conferencing's rules tried through its API: a family circle never includes the person responsible and goes
 * ahead under a survivor-only decision with the attendees the case supervisor approved, anyone else refused; a
 * meeting is not recorded as held while the gate refuses; the draft agreement of a held meeting; and a region
 * without conferencing answers 404 exactly as for an unknown meeting.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ConferencingCirclesIT extends KintsugiTestSupport {
    private static final Instant ELEVEN = LocalDate.now(ZoneOffset.UTC).plusDays(8).atTime(11, 0).toInstant(ZoneOffset.UTC);

    @Test
    public void aFamilyCircleUnderSurvivorOnlyTakesTheApprovedAttendeesAndNobodyElse() throws Exception {
        Api api = api();
        CaseWalk walk = new CaseWalk(api, adminToken(api));
        Meetings meetings = Meetings.offeredFor(walk);
        walk.toPreparation("SURVIVOR_ONLY");
        walk.moveOk("DELIVERY");
        String family = walk.addParticipant("AFFECTED_OTHER", "Synthetic Relative X");
        walk.assessFully(walk.practitioner.token, family, false, "STRONG");
        assertEquals(200, walk.assessment(walk.supervisor.token, family, "sign-off").status());
        walk.consentOk(family);

        Api.Reply withResponsible = api.post(Meetings.MODULE + "/cases/" + walk.caseId + "/meetings", walk.practitioner.token,
                "{\"kind\":\"FAMILY_CIRCLE\",\"attendees\":[\"" + walk.harmed + "\",\"" + walk.responsible + "\"],"
                + "\"facilitators\":[\"" + walk.practitioner.id + "\"]}");
        assertEquals(withResponsible.toString(), 400, withResponsible.status());
        assertEquals("conferencing.circle-without-responsible", withResponsible.json().get("errors").get(0).get("code").asText());

        String circle = meetings.plan("FAMILY_CIRCLE", walk.harmed, family);
        meetings.prepare(circle, walk.harmed, "READY");
        meetings.prepare(circle, family, "READY");
        assertEquals("attendee-not-approved", Meetings.conflict(meetings.schedule(circle, null, ELEVEN)));
        assertEquals("a facilitator does not approve", 403, api.post(circle + "/attendee-approval", walk.practitioner.token, null).status());
        assertEquals(200, api.post(circle + "/attendee-approval", walk.supervisor.token, null).status());
        JsonNode scheduled = Meetings.ok(meetings.schedule(circle, null, ELEVEN));
        assertEquals("SCHEDULED", scheduled.get("state").asText());
        assertEquals(true, scheduled.get("remote").asBoolean());

        String supporter = walk.addParticipant("SUPPORTER", "Synthetic Supporter Y", walk.harmed);
        walk.consentOk(supporter);
        String wider = meetings.plan("FAMILY_CIRCLE", walk.harmed, family, supporter);
        for (String who : new String[] {walk.harmed, family, supporter}) {
            meetings.prepare(wider, who, "READY");
        }
        assertEquals("approved for the first circle is not approved for this one", "attendee-not-approved",
                Meetings.conflict(meetings.schedule(wider, null, ELEVEN.plusSeconds(86400))));

        assertEquals("not before it begins", "conferencing.not-started", Meetings.conflict(api.post(circle + "/held", walk.practitioner.token,
                "{\"attended\":[\"" + walk.harmed + "\"]}")));
        Meetings.begun(bundleContext, circle);
        Api.Reply held = api.post(circle + "/held", walk.practitioner.token, "{\"attended\":[\"" + walk.harmed + "\",\""
                + family + "\"],\"record\":\"Synthetic: the circle agreed two things\"}");
        assertEquals("HELD", Meetings.ok(held).get("state").asText());
        assertEquals(400, api.post(circle + "/agreement-items", walk.practitioner.token, "{\"committedBy\":\""
                + walk.responsible + "\",\"text\":\"Synthetic\"}").status());
        JsonNode withItem = Meetings.ok(api.post(circle + "/agreement-items", walk.practitioner.token, "{\"committedBy\":\"" + family
                + "\",\"text\":\"Synthetic: a monthly call\",\"dueOn\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(30) + "\"}"));
        assertEquals("Synthetic: a monthly call", withItem.get("agreementItems").get(0).get("text").asText());
        assertEquals("Synthetic: the circle agreed two things", withItem.get("record").asText());
        assertEquals("the coordinator sees no sealed words", 0, Meetings.ok(api.get(circle, walk.coordinator)).get("agreementItems").size());
    }

    @Test
    public void aMeetingIsNotHeldWhileTheGateRefusesAndAnotherRegionOrOneWithoutTheModuleFindsNothing() throws Exception {
        Api api = api();
        CaseWalk walk = new CaseWalk(api, adminToken(api));
        Meetings meetings = Meetings.offeredFor(walk);
        walk.toPreparation("DIRECT_CONTACT");
        walk.moveOk("DELIVERY");
        meetings.signedOffPlan(ELEVEN);
        String meeting = meetings.plan("CONFERENCE", walk.harmed, walk.responsible);
        meetings.prepare(meeting, walk.harmed, "READY");
        meetings.prepare(meeting, walk.responsible, "READY");
        Meetings.ok(meetings.schedule(meeting, null, ELEVEN));

        for (JsonNode consent : Meetings.ok(api.get("/api/cases/" + walk.caseId, walk.coordinator)).get("consents")) {
            if (consent.get("participantId").asText().equals(walk.responsible) && consent.get("active").asBoolean()) {
                Meetings.ok(api.post("/api/cases/" + walk.caseId + "/consents/" + consent.get("id").asText() + "/withdraw",
                        walk.coordinator, null));
            }
        }
        Meetings.begun(bundleContext, meeting);
        assertEquals("consent-missing", Meetings.conflict(api.post(meeting + "/held", walk.practitioner.token, "{\"attended\":[\""
                + walk.harmed + "\",\"" + walk.responsible + "\"]}")));
        assertEquals("SCHEDULED", meetings.get(meeting).get("state").asText());

        Api.Reply unknown = api.get(Meetings.MODULE + "/meetings/no-such-meeting", walk.practitioner.token);
        assertEquals(204, api.send("PUT", "/api/regions/" + walk.region + "/modules/conferencing", walk.admin,
                "{\"enabled\":false}").status());
        Api.Reply off = api.get(meeting, walk.practitioner.token);
        assertEquals(404, off.status());
        assertEquals("identical to an unknown id", unknown.json().get("type"), off.json().get("type"));
        assertEquals(404, api.post(meeting + "/cancel", walk.practitioner.token, null).status());
    }
}
