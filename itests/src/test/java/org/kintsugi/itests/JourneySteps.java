package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One hub's work through the API, step by step, as its staff would do it: every endpoint family of the
 * core and of letter exchange, each answer checked. A journey, not a set of rules: the rules have their
 * own tests on PostgreSQL; this one shows that each step works on whichever database it runs on.
 */
final class JourneySteps {
    private final Api api;
    private final String admin;
    private Letters letters;
    private CaseWalk walk;
    private String organisation;

    JourneySteps(Api api, String admin) {
        this.api = api;
        this.admin = admin;
    }

    /** Every step in turn, signing out at the end. */
    void all() {
        allButOwnAccount();
        ownAccount();
    }

    /** Every step in turn, the practitioner still signed in. */
    void allButOwnAccount() {
        people();
        referrals();
        caseToDelivery();
        letters();
        venues();
        safetyPlan();
        conferencing();
        holdsAndClosure();
        reporting();
    }

    /** A safety plan written by the facilitator and signed off by their supervisor. */
    void safetyPlan() {
        String plan = "/api/cases/" + walk.caseId + "/safety-plan";
        java.time.Instant ten = java.time.Instant.now().plus(java.time.Duration.ofDays(10));
        StringBuilder parts = new StringBuilder("{\"parts\":[");
        String[][] who = {{walk.harmed, ten.toString()}, {walk.responsible, ten.plus(java.time.Duration.ofMinutes(30)).toString()}};
        for (String[] part : who) {
            parts.append(parts.length() > 10 ? "," : "").append("{\"participantId\":\"").append(part[0])
                    .append("\",\"arriveAt\":\"").append(part[1]).append("\",\"leaveAt\":\"")
                    .append(java.time.Instant.parse(part[1]).plus(java.time.Duration.ofHours(2)))
                    .append("\",\"route\":\"Synthetic route\",\"waitsIn\":\"Synthetic room\",")
                    .append("\"stopSignal\":\"Synthetic card\",\"whoToCall\":\"Synthetic duty line\"}");
        }
        ok(api.send("PUT", plan, walk.practitioner.token, parts.append("]}").toString()));
        ok(api.get(plan, walk.coordinator));
        ok(api.post(plan + "/sign-off", walk.supervisor.token, "{\"version\":1}"));
    }

    /**
     * Conferencing on the journey's case (its decision allows indirect contact only): a conference planned and
     * prepared; scheduling and holding refused by the gate and the meeting's state; then cancelled.
     */
    void conferencing() {
        ok(api.send("PUT", "/api/regions/" + walk.region + "/modules/conferencing", admin, "{\"enabled\":true}"));
        String base = "/api/modules/conferencing";
        Api.Reply planned = api.post(base + "/cases/" + walk.caseId + "/meetings", walk.practitioner.token,
                "{\"kind\":\"CONFERENCE\",\"attendees\":[\"" + walk.harmed + "\",\"" + walk.responsible
                + "\"],\"facilitators\":[\"" + walk.practitioner.id + "\"],\"groundRules\":\"Synthetic ground rules\"}");
        assertEquals(planned.toString(), 201, planned.status());
        String meeting = base + "/meetings/" + planned.json().get("id").asText();
        ok(api.get(base + "/cases/" + walk.caseId + "/meetings", walk.coordinator));
        ok(api.get(base + "/meetings?facilitator=me&days=14", walk.practitioner.token));
        ok(api.get(base + "/meetings/preparation-overdue", walk.coordinator));
        ok(api.get(meeting + "/attendees/" + walk.responsible + "/brief", walk.practitioner.token));
        assertTrue(ok(api.get(meeting + "/gate", walk.practitioner.token)).toString().contains("decision-does-not-allow"));
        ok(api.post(meeting + "/preparation-sessions", walk.practitioner.token, "{\"participantId\":\"" + walk.harmed
                + "\",\"heldOn\":\"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "\",\"covered\":\"Synthetic: what "
                + "to expect\",\"readiness\":\"READY\",\"groundRulesAgreed\":true}"));
        java.time.Instant soon = java.time.Instant.now().plus(java.time.Duration.ofDays(5));
        assertEquals(409, api.post(meeting + "/schedule", walk.practitioner.token, "{\"start\":\"" + soon + "\",\"end\":\""
                + soon.plus(java.time.Duration.ofHours(2)) + "\",\"remote\":true}").status());
        assertEquals(409, api.post(meeting + "/held", walk.practitioner.token, "{\"attended\":[\"" + walk.harmed + "\"]}").status());
        assertEquals(409, api.post(meeting + "/postpone", walk.practitioner.token, null).status());
        assertEquals(409, api.post(meeting + "/agreement-items", walk.practitioner.token, "{\"committedBy\":\""
                + walk.harmed + "\",\"text\":\"Synthetic commitment\"}").status());
        assertEquals(409, api.post(meeting + "/attendee-approval", walk.supervisor.token, null).status());
        assertEquals(404, api.post(meeting + "/attendees/" + walk.harmed + "/told", walk.practitioner.token, null).status());
        ok(api.post(meeting + "/cancel", walk.practitioner.token, null));
        ok(api.get(meeting, walk.coordinator));
    }

    /** The region's venue register: added, read, described anew, checked, its settings; then retired. */
    void venues() {
        String base = "/api/regions/" + walk.region;
        ok(api.send("PUT", base + "/venue-settings", admin, "{\"checkValidMonths\":12}"));
        ok(api.get(base + "/venue-settings", walk.coordinator));
        Api.Reply created = api.post(base + "/venues", walk.coordinator, "{\"name\":\"Synthetic Hall\",\"address\":"
                + "\"2 Synthetic Road\",\"facilities\":[\"QUIET_ROOM\"],\"neutralGround\":true}");
        assertEquals(created.toString(), 201, created.status());
        String venue = "/api/venues/" + created.json().get("id").asText();
        ok(api.get(base + "/venues?expiringWithinDays=31", walk.practitioner.token));
        ok(api.post(venue + "/safety-checks", walk.coordinator, "{\"checkedOn\":\"" + java.time.LocalDate.now(
                java.time.ZoneOffset.UTC) + "\"}"));
        String etag = api.get(venue, walk.coordinator).header("ETag");
        ok(api.send("PUT", venue, walk.coordinator, "{\"name\":\"Synthetic Hall, upstairs\",\"address\":"
                + "\"2 Synthetic Road\",\"facilities\":[\"QUIET_ROOM\",\"HEARING_LOOP\"],\"neutralGround\":true}", etag));
        ok(api.get(venue + "/bookings", walk.coordinator));
        java.time.Instant soon = java.time.Instant.now().plus(java.time.Duration.ofDays(3));
        assertEquals("checked today, free: the picker offers it", 1, ok(api.get(base + "/venues?freeFrom=" + soon + "&freeTo="
                + soon.plus(java.time.Duration.ofHours(1)), walk.practitioner.token)).size());
        ok(api.post(venue + "/retire", walk.coordinator, null));
    }

    /** Regions, their calendars and policies, users and their access, partner organisations. */
    void people() {
        letters = Letters.onNewCase(api, admin); // a region, its staff, one accepted case, letter exchange on
        walk = letters.walk;
        String region = walk.region;
        ok(api.get("/api/regions", admin));
        String holiday = LocalDate.now().plusYears(1).withMonth(12).withDayOfMonth(25).toString();
        ok(api.send("PUT", "/api/regions/" + region + "/holidays", admin, "{\"days\":[\"" + holiday + "\"]}"));
        assertTrue(ok(api.get("/api/regions/" + region + "/holidays", admin)).toString().contains(holiday));
        ok(api.send("PUT", "/api/regions/" + region + "/policy", admin, "{\"refuseResponsibleLedFor\":[\"DOMESTIC_ABUSE\"]}"));
        assertTrue(ok(api.get("/api/regions/" + region + "/policy", admin)).toString().contains("DOMESTIC_ABUSE"));
        ok(api.get("/api/regions/" + region + "/practitioners", walk.coordinator));

        organisation = ok(api.post("/api/organisations", admin, "{\"name\":\"Synthetic Support Service\","
                + "\"sector\":\"VOLUNTARY\",\"kind\":\"VICTIM_SERVICE\",\"regions\":[\"" + region + "\"]}")).get("id").asText();
        ok(api.get("/api/organisations", walk.coordinator));
        ok(api.get("/api/organisations/" + organisation, walk.coordinator));

        String commissioner = ok(api.post("/api/users", admin, "{\"username\":\"journey-commissioner\","
                + "\"displayName\":\"Synthetic Commissioner\",\"password\":\"" + Fixtures.PASSWORD + "\","
                + "\"roles\":[\"COMMISSIONER\"],\"regions\":[\"" + region + "\"]}")).get("id").asText();
        ok(api.get("/api/users", admin));
        Api.Reply user = api.get("/api/users/" + commissioner, admin);
        ok(user);
        ok(api.send("PUT", "/api/users/" + commissioner + "/access", admin,
                "{\"roles\":[\"COMMISSIONER\"],\"regions\":[\"" + region + "\"],\"enabled\":true}", user.header("ETag")));
    }

    /** A referral declined, one accepted (the walk's), both listed and read. */
    void referrals() {
        String declined = ok(api.post("/api/referrals", walk.coordinator, Fixtures.referral(walk.region, "VIOLENCE")))
                .get("id").asText();
        ok(api.post("/api/referrals/" + declined + "/decline", walk.coordinator, "{\"reason\":\"Synthetic: out of area\"}"));
        ok(api.get("/api/referrals?limit=10", walk.coordinator));
        ok(api.get("/api/referrals/" + declined, walk.coordinator));
    }

    /** Allocation, first contact, consents, assessments, a decision, preparation, delivery; and what is asked on the way. */
    void caseToDelivery() {
        String caseId = walk.caseId;
        ok(api.get("/api/cases?sort=DUE&stage=REFERRED", walk.coordinator));
        String reference = ok(api.get("/api/cases/" + caseId, walk.coordinator)).get("reference").asText();
        JsonNode found = ok(api.get("/api/cases?reference=" + reference.toLowerCase(), walk.coordinator));
        assertEquals("found by its reference, in any case, on either database", caseId, found.get(0).get("id").asText());
        assertEquals(1, found.size());
        ok(api.get("/api/cases/" + caseId + "/actions", walk.coordinator));
        CaseWalk.Person second = CaseWalk.person(api, admin, walk.region, "PRACTITIONER", walk.supervisor.id);
        JsonNode allocated = ok(api.post("/api/cases/" + caseId + "/facilitators", walk.coordinator,
                "{\"userId\":\"" + second.id + "\",\"chosenByPersonHarmed\":false}"));
        String secondParticipant = participantOf(allocated, second.id);
        ok(api.send("DELETE", "/api/cases/" + caseId + "/facilitators/" + secondParticipant, walk.coordinator, null));

        walk.toPreparation("INDIRECT_CONTACT");
        ok(walk.consent(walk.harmed, "AGGREGATE_STATISTICS"));
        JsonNode shared = ok(api.post("/api/cases/" + caseId + "/consents", walk.coordinator, "{\"participantId\":\""
                + walk.harmed + "\",\"purpose\":\"SHARE_WITH_ORGANISATION\",\"organisationId\":\"" + organisation
                + "\",\"wordingVersion\":\"consent-wording-v3\",\"noIncentiveOffered\":true}"));
        ok(api.post("/api/cases/" + caseId + "/consents/" + lastConsent(shared, "SHARE_WITH_ORGANISATION") + "/withdraw",
                walk.coordinator, null));
        ok(api.get("/api/cases/" + caseId + "/assessments", walk.coordinator));
        ok(api.get("/api/cases/" + caseId + "/decisions", walk.coordinator));
        ok(api.get("/api/cases/" + caseId + "/contact?kind=INDIRECT", walk.coordinator));
        ok(api.post("/api/cases/" + caseId + "/notes", walk.practitioner.token,
                "{\"text\":\"Synthetic note: preparation going well.\",\"visibleTo\":[\"PERSON_HARMED\"]}"));
        ok(api.get("/api/cases/" + caseId + "/notes", walk.practitioner.token));
        ok(api.post("/api/cases/" + caseId + "/participants", walk.coordinator, "{\"role\":\"SUPPORTER\",\"supports\":\""
                + walk.harmed + "\",\"details\":{\"name\":\"Synthetic Supporter S\"}}"));
        ok(api.get("/api/cases/" + caseId + "/participants/" + walk.responsible + "/view", walk.coordinator));
        ok(api.get("/api/cases/" + caseId + "/summary?sealed=include", walk.coordinator));
        walk.moveOk("DELIVERY");
        ok(api.get("/api/cases/" + caseId, walk.coordinator));
    }

    /** Letter exchange from settings and preferences to a delivered, read letter; returned, declined, withdrawn, held ones. */
    void letters() {
        String base = Letters.BASE;
        ok(api.send("PUT", base + "/regions/" + walk.region + "/settings", admin, "{\"reviewDays\":7}"));
        ok(api.get(base + "/regions/" + walk.region + "/settings", admin));
        letters.receive(true, true);
        ok(letters.get(walk.practitioner.token, "/cases/" + walk.caseId + "/preferences"));

        String delivered = letters.draft(walk.responsible, "A synthetic letter, first draft.");
        ok(api.send("PUT", base + "/items/" + delivered + "/text", walk.practitioner.token,
                "{\"text\":\"A synthetic letter, second draft.\"}"));
        letters.readyToDeliver(delivered);
        assertEquals("DELIVERED", letters.actOk(delivered, "deliver", null).get("state").asText());
        assertEquals("READ", letters.actOk(delivered, "read", null).get("state").asText());
        ok(letters.get(walk.practitioner.token, "/items/" + delivered + "/recipient-view"));
        ok(letters.get(walk.practitioner.token, "/items/" + delivered));
        ok(letters.get(walk.practitioner.token, "/cases/" + walk.caseId + "/items"));
        ok(letters.get(walk.coordinator, "/items?list=ALL"));

        String returned = letters.draft(walk.responsible, "A synthetic letter to return.");
        letters.actOk(returned, "submit", null);
        letters.actOk(returned, "return", "{\"note\":\"Synthetic: please say it more gently.\"}");
        String declined = letters.draft(walk.responsible, "A synthetic letter to decline.");
        letters.actOk(declined, "submit", null);
        letters.actOk(declined, "decline", "{\"note\":\"Synthetic: not suitable to pass on.\"}");
        String withdrawn = letters.draft(walk.harmed, "A synthetic letter its writer keeps back.");
        letters.actOk(withdrawn, "withdraw", "{\"note\":\"Synthetic: not now.\"}");

        String held = letters.draft(walk.harmed, "A synthetic letter that waits out a pause.");
        letters.readyToDeliver(held);
        ok(letters.hold("pause", "{\"onBehalfOf\":\"" + walk.harmed + "\",\"reason\":\"Synthetic: needs a break\"}"));
        ok(letters.hold("resume", "{}"));
        assertEquals("CONSENTED", letters.actOk(held, "release", null).get("state").asText());
    }

    /** New risk information, a halt, a withdrawal on a second case, closure, re-engagement, the overdue list. */
    void holdsAndClosure() {
        ok(api.post("/api/cases/" + walk.caseId + "/assessments/" + walk.responsible + "/risk-information",
                walk.practitioner.token, "{\"information\":\"Synthetic new information.\"}"));
        ok(api.post("/api/cases/" + walk.caseId + "/halt", walk.practitioner.token, "{\"reason\":\"Synthetic safety concern\"}"));
        ok(api.post("/api/cases/" + walk.caseId + "/close", walk.coordinator, "{\"reason\":\"HALTED\",\"note\":\"Synthetic\"}"));
        ok(api.post("/api/cases/" + walk.caseId + "/re-engage", walk.coordinator, null));

        String other = Fixtures.openCase(api, walk.coordinator, walk.region);
        String harmed = ok(api.get("/api/cases/" + other, walk.coordinator)).get("participants").get(0).get("id").asText();
        ok(api.post("/api/cases/" + other + "/withdraw", walk.coordinator, "{\"onBehalfOf\":\"" + harmed
                + "\",\"reason\":\"Synthetic: needs time\"}"));
        ok(api.get("/api/tasks/overdue", walk.coordinator));
    }

    /** Figures for commissioners and administrators, installed modules and the screens each person gets. */
    void reporting() {
        for (String groupBy : new String[] {"REGION", "STAGE", "OFFENCE_CATEGORY", "LED_BY"}) {
            ok(api.get("/api/statistics/cases?groupBy=" + groupBy, admin));
        }
        ok(api.get("/api/modules", walk.coordinator));
        ok(api.get("/api/screens", walk.practitioner.token));
        ok(api.get("/api/work", walk.practitioner.token));
        ok(api.get("/api/work", walk.coordinator));
        JsonNode found = ok(api.post("/api/case-search/by-name", walk.coordinator, "{\"name\":\"synthetic supporter s\"}"));
        assertEquals("the supporter added on the way is found by name", walk.caseId, found.get("cases").get(0).get("id").asText());
        ok(api.get("/api/audit/verify", admin));
        String run = ok(api.post("/api/audit/verifications", admin, null)).get("id").asText();
        JsonNode step;
        do {
            step = ok(api.post("/api/audit/verifications/" + run + "/continue?rows=200", admin, null));
        } while ("RUNNING".equals(step.get("status").asText()));
        assertEquals("INTACT", step.get("status").asText());
        ok(api.get("/api/audit/verifications/" + run, admin));
        ok(api.get("/api/audit/verifications", admin));
    }

    /** A person changes their own password, then signs out. */
    void ownAccount() {
        String token = walk.practitioner.token;
        ok(api.get("/api/auth/me", token));
        String renewed = "estuary-bramble-quartz-4417";
        ok(api.send("PUT", "/api/auth/password", token, "{\"currentPassword\":\"" + Fixtures.PASSWORD
                + "\",\"newPassword\":\"" + renewed + "\"}"));
        String again = api.login(walk.practitioner.username, renewed);
        ok(api.post("/api/auth/logout", again, null));
        assertEquals(401, api.get("/api/auth/me", again).status());
    }

    private static String participantOf(JsonNode kase, String userId) {
        for (JsonNode participant : kase.get("participants")) {
            if (userId.equals(participant.path("userId").asText())) {
                return participant.get("id").asText();
            }
        }
        throw new AssertionError("no participant for user " + userId + " in " + kase);
    }

    private static String lastConsent(JsonNode kase, String purpose) {
        String id = null;
        for (JsonNode consent : kase.get("consents")) {
            if (purpose.equals(consent.get("purpose").asText())) {
                id = consent.get("id").asText();
            }
        }
        assertTrue("a consent for " + purpose + " in " + kase, id != null);
        return id;
    }

    /** The answer's JSON, once it is a success (or empty JSON for one without a body). */
    static JsonNode ok(Api.Reply reply) {
        assertTrue(reply.toString(), reply.status() >= 200 && reply.status() < 300);
        return reply.body().isEmpty() ? Fixtures.JSON.createObjectNode() : reply.json();
    }
}
