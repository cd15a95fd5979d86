package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * Conferencing in the distribution, through the API: a conference planned, prepared with each attendee,
 * scheduled at a venue booked for it only while the gate allows every attendee; the room never booked
 * twice; a withdrawal cancelling the scheduled meeting, freeing the room and listing who must be told;
 * the lists, the home page, and what an attendee may be told.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ConferencingMeetingsIT extends KintsugiTestSupport {
    private static final Instant TEN = LocalDate.now(ZoneOffset.UTC).plusDays(10).atTime(10, 0).toInstant(ZoneOffset.UTC);

    @Test
    public void aConferenceIsScheduledOnlyWhenAllowedAndAWithdrawalCancelsIt() {
        Api api = api();
        String admin = adminToken(api);
        CaseWalk walk = new CaseWalk(api, admin);
        Meetings meetings = Meetings.offeredFor(walk);
        walk.toPreparation("DIRECT_CONTACT");
        String supporter = walk.addParticipant("SUPPORTER", "Synthetic Supporter W", walk.harmed);
        String venue = meetings.venue("Synthetic Hall");

        String meeting = meetings.plan("CONFERENCE", walk.harmed, walk.responsible, supporter);
        meetings.prepare(meeting, walk.harmed, "READY");
        meetings.prepare(meeting, walk.responsible, "READY");
        meetings.prepare(meeting, supporter, "NOT_YET");
        assertEquals("conferencing.attendee-not-ready", Meetings.conflict(meetings.schedule(meeting, venue, TEN)));
        meetings.prepare(meeting, supporter, "READY");

        assertEquals("the case is not at delivery yet", "contact-before-delivery", Meetings.conflict(meetings.schedule(meeting, venue, TEN)));
        walk.moveOk("DELIVERY");
        Api.Reply refused = meetings.schedule(meeting, venue, TEN);
        assertEquals("safety-plan-not-signed-off", Meetings.conflict(refused));
        assertTrue("every rule that stops it is named", refused.json().get("detail").asText().contains("[consent-missing]"));
        assertEquals("refused whole: the room is still free", 1, free(api, walk).size());

        walk.consentOk(supporter);
        meetings.signedOffPlan(TEN);
        JsonNode scheduled = Meetings.ok(meetings.schedule(meeting, venue, TEN));
        assertEquals("SCHEDULED", scheduled.get("state").asText());
        assertEquals("Synthetic Hall", scheduled.get("venueName").asText());
        assertEquals(0, free(api, walk).size());

        String circle = meetings.plan("FAMILY_CIRCLE", walk.harmed);
        meetings.prepare(circle, walk.harmed, "READY");
        assertEquals("a booked room is not booked twice", "venue-already-booked", Meetings.conflict(meetings.schedule(circle, venue, TEN)));
        assertEquals("PREPARING", meetings.get(circle).get("state").asText());

        assertEquals(200, api.post("/api/cases/" + walk.caseId + "/withdraw", walk.coordinator, "{\"onBehalfOf\":\""
                + walk.harmed + "\",\"reason\":\"Synthetic reason\",\"tellOtherParty\":\"The meeting will not go ahead.\"}").status());
        JsonNode cancelled = meetings.get(meeting);
        assertEquals("CANCELLED", cancelled.get("state").asText());
        assertEquals("WITHDRAWN", cancelled.get("stateBecause").asText());
        assertTrue("every attendee is to be told", cancelled.get("attendees").findValues("mustBeTold").stream()
                .allMatch(JsonNode::asBoolean));
        assertEquals("the unscheduled circle is cancelled too", "CANCELLED", meetings.get(circle).get("state").asText());
        assertEquals("the room is free again", 1, free(api, walk).size());
        JsonNode told = Meetings.ok(api.post(meeting + "/attendees/" + walk.responsible + "/told", walk.practitioner.token, null));
        assertTrue(told.get("attendees").toString().contains("\"toldAt\""));

        String elsewhere = Fixtures.region(api, admin);
        assertEquals(204, api.send("PUT", "/api/regions/" + elsewhere + "/modules/conferencing", admin, "{\"enabled\":true}").status());
        assertEquals("another region's meeting does not exist for them", 404,
                api.get(meeting, Fixtures.user(api, admin, "COORDINATOR", elsewhere, null)).status());
    }

    @Test
    public void listsHomePagesAndWhatTheResponsibleMayBeToldKeepToScope() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        CaseWalk walk = new CaseWalk(api, admin);
        Meetings meetings = Meetings.offeredFor(walk);
        walk.toPreparation("DIRECT_CONTACT");
        walk.moveOk("DELIVERY");
        meetings.signedOffPlan(TEN);
        String meeting = meetings.plan("CONFERENCE", walk.harmed, walk.responsible);
        meetings.prepare(meeting, walk.harmed, "READY");
        meetings.prepare(meeting, walk.responsible, "READY");
        Meetings.ok(meetings.schedule(meeting, meetings.venue("Synthetic Room"), TEN));
        String id = meeting.substring(meeting.lastIndexOf('/') + 1);

        String day = "from=" + TEN.atZone(ZoneOffset.UTC).toLocalDate() + "&days=1";
        assertTrue(Meetings.ok(api.get(Meetings.MODULE + "/meetings?facilitator=me&" + day, walk.practitioner.token)).toString().contains(id));
        JsonNode hub = Meetings.ok(api.get(Meetings.MODULE + "/meetings?" + day, walk.coordinator));
        assertTrue(hub.toString().contains(id));
        assertEquals(walk.api.get("/api/cases/" + walk.caseId, walk.coordinator).json().get("reference").asText(),
                hub.get(0).get("caseReference").asText());
        assertEquals(400, api.get(Meetings.MODULE + "/meetings?days=90", walk.coordinator).status());
        assertEquals(400, api.get(Meetings.MODULE + "/meetings?facilitator=" + walk.practitioner.id, walk.coordinator).status());
        String elsewhere = Fixtures.region(api, admin);
        assertEquals(204, api.send("PUT", "/api/regions/" + elsewhere + "/modules/conferencing", admin, "{\"enabled\":true}").status());
        String outsider = Fixtures.user(api, admin, "COORDINATOR", elsewhere, null);
        assertFalse("another hub does not see it", api.get(Meetings.MODULE + "/meetings?" + day, outsider).body().contains(id));

        JsonNode work = Meetings.ok(api.get("/api/work", walk.practitioner.token));
        assertTrue("on the facilitator's home page", work.toString().contains("\"meetings-soon\"") && work.toString().contains(id));
        JsonNode soonEntry = null;
        for (JsonNode list : work.findParents("entries")) {
            for (JsonNode entry : list.get("entries")) {
                soonEntry = id.equals(entry.path("target").asText()) ? entry : soonEntry;
            }
        }
        assertEquals("the meeting's day is said as its day", TEN.atZone(ZoneOffset.UTC).toLocalDate().toString(),
                soonEntry.get("args").get("day").asText());
        assertTrue("and not as a date it is due by", soonEntry.path("dueOn").isNull() || soonEntry.path("dueOn").isMissingNode());

        String brief = Meetings.ok(api.get(meeting + "/attendees/" + walk.responsible + "/brief", walk.practitioner.token)).toString();
        for (String secret : new String[] {"Synthetic Person C", "bus 12", TEN.minus(15, ChronoUnit.MINUTES).toString(),
                "1 Synthetic Street", "07700 900", "Synthetic plan", walk.harmed}) {
            assertFalse(secret + " in what the person responsible may be told: " + brief, brief.contains(secret));
        }
        assertTrue(brief.contains("Synthetic: one at a time"));
        assertEquals(404, api.get(meeting + "/attendees/" + walk.supervisor.id + "/brief", walk.practitioner.token).status());
        assertEquals(403, api.get(meeting + "/attendees/" + walk.responsible + "/brief", walk.coordinator).status());

        CaseWalk.Person other = CaseWalk.person(api, admin, walk.region, "PRACTITIONER", walk.supervisor.id);
        walk.allocate(other);
        String mine = null;
        for (JsonNode p : Meetings.ok(api.get("/api/cases/" + walk.caseId, walk.coordinator)).get("participants")) {
            if ("FACILITATOR".equals(p.get("role").asText()) && walk.practitioner.id.equals(p.path("userId").asText())) {
                mine = p.get("id").asText();
            }
        }
        assertEquals(200, api.send("DELETE", "/api/cases/" + walk.caseId + "/facilitators/" + mine, walk.coordinator, null).status());
        Api.Reply gone = api.get(Meetings.MODULE + "/meetings?facilitator=me&" + day, walk.practitioner.token);
        assertFalse("taken off the case, their meeting on it leaves their list", gone.body().contains(id));
        assertEquals("0", gone.header("X-Total-Count"));
        walk.allocate(walk.practitioner);

        String later = meetings.plan("FAMILY_CIRCLE", walk.harmed);
        String laterId = later.substring(later.lastIndexOf('/') + 1);
        assertFalse(api.get(Meetings.MODULE + "/meetings/preparation-overdue", walk.practitioner.token).body().contains(laterId));
        try (Connection c = TestDatabase.connect(bundleContext);
             PreparedStatement s = c.prepareStatement("UPDATE conferencing_meeting SET created_at = created_at - interval '20 days' WHERE id = ?")) {
            s.setString(1, laterId);
            assertEquals(1, s.executeUpdate());
        }
        assertTrue("planned 20 days ago, nobody has met the person harmed since", api.get(Meetings.MODULE
                + "/meetings/preparation-overdue", walk.practitioner.token).body().contains(laterId));
        assertTrue(Meetings.ok(api.get("/api/work", walk.practitioner.token)).toString().contains("\"preparation-overdue\""));

        // Put off and scheduled for a week later, it moves in its facilitator's list: their rows keep its start.
        Meetings.ok(api.post(meeting + "/postpone", walk.practitioner.token, null));
        Instant weekLater = TEN.plus(7, ChronoUnit.DAYS);
        Meetings.ok(meetings.schedule(meeting, meetings.venue("Synthetic Annexe"), weekLater));
        assertFalse("moved, it leaves the day it was first set for", api.get(Meetings.MODULE + "/meetings?facilitator=me&"
                + day, walk.practitioner.token).body().contains(id));
        assertTrue("and shows on its new day", Meetings.ok(api.get(Meetings.MODULE + "/meetings?facilitator=me&from="
                + weekLater.atZone(ZoneOffset.UTC).toLocalDate() + "&days=1", walk.practitioner.token)).toString().contains(id));
    }

    private static JsonNode free(Api api, CaseWalk walk) {
        return Meetings.ok(api.get("/api/regions/" + walk.region + "/venues?freeFrom=" + TEN + "&freeTo=" + TEN.plus(2, ChronoUnit.HOURS),
                walk.coordinator));
    }
}
