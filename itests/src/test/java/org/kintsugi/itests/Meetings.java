package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.databind.JsonNode;

/** Conferencing driven through the API as a facilitator uses it, for the integration tests. */
final class Meetings {
    static final String MODULE = "/api/modules/conferencing";
    final Api api;
    final CaseWalk walk;

    Meetings(Api api, CaseWalk walk) {
        this.api = api;
        this.walk = walk;
    }

    /** Conferencing offered in the case's region, as its hub administrator would. */
    static Meetings offeredFor(CaseWalk walk) {
        assertEquals(204, walk.api.send("PUT", "/api/regions/" + walk.region + "/modules/conferencing", walk.admin,
                "{\"enabled\":true}").status());
        return new Meetings(walk.api, walk);
    }

    /** A venue of the case's region, checked today. */
    String venue(String name) {
        Api.Reply created = api.post("/api/regions/" + walk.region + "/venues", walk.coordinator, "{\"name\":\"" + name
                + "\",\"address\":\"1 Synthetic Street\",\"facilities\":[\"SEPARATE_WAITING_ROOMS\"],\"neutralGround\":true,"
                + "\"checkedOn\":\"" + LocalDate.now(ZoneOffset.UTC) + "\"}");
        assertEquals(created.toString(), 201, created.status());
        return created.json().get("id").asText();
    }

    /** Plans a meeting of {@code kind} with these attendees, facilitated by the case's practitioner: its path. */
    String plan(String kind, String... attendees) {
        Api.Reply planned = api.post(MODULE + "/cases/" + walk.caseId + "/meetings", walk.practitioner.token,
                "{\"kind\":\"" + kind + "\",\"attendees\":[\"" + String.join("\",\"", attendees) + "\"],\"facilitators\":[\""
                + walk.practitioner.id + "\"],\"groundRules\":\"Synthetic: one at a time\",\"plan\":\"Synthetic plan\"}");
        assertEquals(planned.toString(), 201, planned.status());
        return MODULE + "/meetings/" + planned.json().get("id").asText();
    }

    void prepare(String meeting, String who, String readiness) {
        Api.Reply prepared = api.post(meeting + "/preparation-sessions", walk.practitioner.token, "{\"participantId\":\""
                + who + "\",\"heldOn\":\"" + LocalDate.now(ZoneOffset.UTC) + "\",\"covered\":\"Synthetic: what to expect\","
                + "\"readiness\":\"" + readiness + "\",\"groundRulesAgreed\":true}");
        assertEquals(prepared.toString(), 200, prepared.status());
    }

    Api.Reply schedule(String meeting, String venue, Instant start) {
        return api.post(meeting + "/schedule", walk.practitioner.token, "{\"start\":\"" + start + "\",\"end\":\""
                + start.plus(2, ChronoUnit.HOURS) + "\"," + (venue == null ? "\"remote\":true" : "\"venueId\":\"" + venue + "\"") + "}");
    }

    /** A safety plan for the meeting at {@code start}: the person harmed arrives 15 minutes before, the person responsible 15 after. */
    void signedOffPlan(Instant start) {
        String plan = "/api/cases/" + walk.caseId + "/safety-plan";
        Api.Reply written = api.send("PUT", plan, walk.practitioner.token, "{\"parts\":["
                + part(walk.harmed, start.minus(15, ChronoUnit.MINUTES), "Synthetic route: bus 12 to the front door") + ","
                + part(walk.responsible, start.plus(15, ChronoUnit.MINUTES), "Synthetic route: car park at the back") + "]}");
        assertEquals(written.toString(), 200, written.status());
        Api.Reply signed = api.post(plan + "/sign-off", walk.supervisor.token, "{\"version\":" + written.json().get("version").asInt() + "}");
        assertEquals(signed.toString(), 200, signed.status());
    }

    /** Moves a scheduled meeting's time to the last two hours, as if it had begun: it can then be recorded as held. */
    static void begun(org.osgi.framework.BundleContext context, String meeting) throws java.sql.SQLException {
        try (java.sql.Connection c = TestDatabase.connect(context); java.sql.PreparedStatement s = c.prepareStatement(
                "UPDATE conferencing_meeting SET starts_at = now() - interval '2 hours', ends_at = now() WHERE id = ?")) {
            s.setString(1, meeting.substring(meeting.lastIndexOf('/') + 1));
            assertEquals(1, s.executeUpdate());
        }
    }

    JsonNode get(String meeting) {
        Api.Reply reply = api.get(meeting, walk.practitioner.token);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    private static String part(String participant, Instant arrives, String route) {
        return "{\"participantId\":\"" + participant + "\",\"arriveAt\":\"" + arrives + "\",\"leaveAt\":\""
                + arrives.plus(3, ChronoUnit.HOURS) + "\",\"route\":\"" + route + "\",\"waitsIn\":\"Synthetic room\","
                + "\"stopSignal\":\"Synthetic: a red card\",\"whoToCall\":\"Synthetic: the duty facilitator\"}";
    }

    /** The rule a 409 names, without its prefix. */
    static String conflict(Api.Reply reply) {
        assertEquals(reply.toString(), 409, reply.status());
        return reply.json().get("type").asText().replace("urn:kintsugi:problem:", "");
    }

    static JsonNode ok(Api.Reply reply) {
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }
}
