package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A region with its people and one case, and the steps that take the case through its lifecycle, as
 * the hub's staff would through the API. Every step asserts it worked, so a test reads as the process.
 */
final class CaseWalk {
    static final String[] HARMED_FACTORS = {"REALISTIC_EXPECTATIONS", "RECOGNITION_OF_COERCIVE_CONTROL",
        "THERAPEUTIC_WORK", "RESILIENCE", "PROTECTIVE_FACTORS"};
    static final String[] RESPONSIBLE_ONLY = {"EMPATHY_FOR_PERSON_HARMED", "MOTIVATION_FOR_CHANGE",
        "ACKNOWLEDGEMENT_OF_RESPONSIBILITY"};

    final Api api;
    final String admin;
    final String region;
    final String coordinator;
    final Person supervisor;
    final Person practitioner;
    final String caseId;
    final String harmed;
    final String responsible;

    CaseWalk(Api api, String admin) {
        this(api, admin, Fixtures.region(api, admin));
    }

    /** A new case, with its own coordinator and practitioners, in an existing region. */
    CaseWalk(Api api, String admin, String region) {
        this.api = api;
        this.admin = admin;
        this.region = region;
        this.coordinator = Fixtures.user(api, admin, "COORDINATOR", region, null);
        this.supervisor = person(api, admin, region, "CASE_SUPERVISOR", null);
        this.practitioner = person(api, admin, region, "PRACTITIONER", supervisor.id);
        this.caseId = Fixtures.openCase(api, coordinator, region);
        Api.Reply page = api.get("/api/cases/" + caseId, coordinator);
        assertEquals(page.toString(), 200, page.status());
        JsonNode participants = page.json().get("participants");
        this.harmed = participants.get(0).get("id").asText();
        this.responsible = participants.get(1).get("id").asText();
    }

    /** An enabled practitioner or supervisor of the region, current in supervision and observed practice. */
    static Person person(Api api, String admin, String region, String role, String supervisorId) {
        String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ObjectNode body = Fixtures.JSON.createObjectNode().put("username", name).put("displayName", "Synthetic Practitioner")
                .put("password", Fixtures.PASSWORD);
        body.putArray("roles").add(role);
        body.putArray("regions").add(region);
        ObjectNode record = body.putObject("practitioner").put("registrationLevel", "ADVANCED")
                .put("lastSupervisionOn", today.minusDays(7).toString())
                .put("lastObservedPracticeOn", today.minusDays(30).toString());
        if (supervisorId != null) {
            record.put("supervisorId", supervisorId);
        }
        Api.Reply created = api.post("/api/users", admin, body.toString());
        assertEquals(created.toString(), 201, created.status());
        return new Person(created.json().get("id").asText(), name, api.login(name, Fixtures.PASSWORD));
    }

    Api.Reply move(String token, String stage) {
        return api.post("/api/cases/" + caseId + "/stage", token, "{\"to\":\"" + stage + "\"}");
    }

    void moveOk(String stage) {
        Api.Reply moved = move(coordinator, stage);
        assertEquals(moved.toString(), 200, moved.status());
        assertEquals(stage, moved.json().get("stage").asText());
    }

    void allocate(Person who) {
        Api.Reply allocated = api.post("/api/cases/" + caseId + "/facilitators", coordinator,
                "{\"userId\":\"" + who.id + "\",\"chosenByPersonHarmed\":false}");
        assertEquals(allocated.toString(), 200, allocated.status());
    }

    void firstContactDone() {
        String task = api.get("/api/cases/" + caseId, coordinator).json().get("tasks").get(0).get("id").asText();
        Api.Reply done = api.post("/api/cases/" + caseId + "/tasks/" + task + "/done", practitioner.token, null);
        assertEquals(done.toString(), 200, done.status());
    }

    Api.Reply consent(String participant, String purpose) {
        return api.post("/api/cases/" + caseId + "/consents", coordinator, "{\"participantId\":\"" + participant
                + "\",\"purpose\":\"" + purpose + "\",\"wordingVersion\":\"consent-wording-v3\",\"noIncentiveOffered\":true}");
    }

    void consentOk(String participant) {
        Api.Reply given = consent(participant, "TAKE_PART");
        assertEquals(given.toString(), 200, given.status());
    }

    Api.Reply rate(String token, String participant, String rating, String... factors) {
        ObjectNode body = Fixtures.JSON.createObjectNode();
        ObjectNode map = body.putObject("factors");
        for (String factor : factors) {
            map.putObject(factor).put("rating", rating).put("notes", "Synthetic note on " + factor.toLowerCase());
        }
        return api.send("PUT", "/api/cases/" + caseId + "/assessments/" + participant, token, body.toString());
    }

    /** Rates every factor that applies, acknowledgement included, at {@code rating}, and completes. */
    void assessFully(String token, String participant, boolean personResponsible, String rating) {
        assertEquals(200, rate(token, participant, rating, HARMED_FACTORS).status());
        if (personResponsible) {
            assertEquals(200, rate(token, participant, rating, RESPONSIBLE_ONLY).status());
        }
        Api.Reply completed = assessment(token, participant, "complete");
        assertEquals(completed.toString(), 200, completed.status());
    }

    Api.Reply assessment(String token, String participant, String action) {
        return api.post("/api/cases/" + caseId + "/assessments/" + participant + "/" + action, token, null);
    }

    Api.Reply decide(String token, String outcome) {
        return api.post("/api/cases/" + caseId + "/decisions", token, "{\"outcome\":\"" + outcome
                + "\",\"reasons\":\"Synthetic reasons for the decision\",\"conditions\":\"Synthetic: letters only at first\"}");
    }

    /** Everything short of delivery: allocated, contacted, consented, assessed, signed off, decided, prepared. */
    /** Allocated, first contact made, both parties consenting: the case at assessment, nothing rated yet. */
    void toAssessment() {
        allocate(practitioner);
        moveOk("FIRST_CONTACT");
        firstContactDone();
        moveOk("CONSENT");
        consentOk(harmed);
        consentOk(responsible);
        moveOk("ASSESSMENT");
    }

    void toPreparation(String outcome) {
        toAssessment();
        assessFully(practitioner.token, harmed, false, "STRONG");
        assessFully(practitioner.token, responsible, true, "ADEQUATE");
        assertEquals(200, assessment(supervisor.token, harmed, "sign-off").status());
        assertEquals(200, assessment(supervisor.token, responsible, "sign-off").status());
        moveOk("DECISION");
        Api.Reply decided = decide(supervisor.token, outcome);
        assertEquals(decided.toString(), 200, decided.status());
        moveOk("PREPARATION");
    }

    /** New information re-opens a person responsible's assessment; they now acknowledge it; decided again. */
    void acknowledgeAfterNewInformation(String responsible) {
        assertEquals(200, api.post("/api/cases/" + caseId + "/assessments/" + responsible + "/risk-information",
                practitioner.token, "{\"information\":\"Synthetic: now accepts what they did in full\"}").status());
        assertEquals(200, rate(practitioner.token, responsible, "ADEQUATE", "ACKNOWLEDGEMENT_OF_RESPONSIBILITY").status());
        assertEquals(200, assessment(practitioner.token, responsible, "complete").status());
        assertEquals(200, assessment(supervisor.token, responsible, "sign-off").status());
        moveOk("DECISION");
        assertEquals(200, decide(supervisor.token, "DIRECT_CONTACT").status());
        moveOk("PREPARATION");
    }

    /** Adds a participant of {@code role} named {@code name} (synthetic) and answers their id. */
    String addParticipant(String role, String name) {
        return addParticipant(role, name, null);
    }

    /** As above, for a supporter of {@code supports}. */
    String addParticipant(String role, String name, String supports) {
        Api.Reply added = api.post("/api/cases/" + caseId + "/participants", coordinator, "{\"role\":\"" + role
                + (supports == null ? "" : "\",\"supports\":\"" + supports) + "\",\"details\":{\"name\":\"" + name + "\"}}");
        assertEquals(added.toString(), 200, added.status());
        for (JsonNode p : added.json().get("participants")) {
            if (p.path("details").path("name").asText().equals(name)) {
                return p.get("id").asText();
            }
        }
        throw new AssertionError("no participant named " + name + " in " + added);
    }

    /** Asks the attendee-aware gate through the test module; each refusal as "rule" or "rule@participant". */
    String meetingGate(String meetingKey, String... attendees) {
        StringBuilder list = new StringBuilder();
        for (String a : attendees) {
            list.append(list.length() == 0 ? "" : ",").append('"').append(a).append('"');
        }
        Api.Reply reply = api.post("/api/modules/it-echo/meeting-gate", admin, "{\"caseId\":\"" + caseId
                + "\",\"meetingKey\":\"" + meetingKey + "\",\"attendees\":[" + list + "]}");
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json().toString();
    }

    /** The rules the core's contact gate names, asked through the test module as a service module would. */
    String gate(String kind) {
        Api.Reply reply = api.get("/api/modules/it-echo/gate/" + caseId + "/" + kind, admin);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json().toString();
    }

    static final class Person {
        final String id;
        final String username;
        final String token;

        Person(String id, String username, String token) {
            this.id = id;
            this.username = username;
            this.token = token;
        }
    }
}
