package org.kintsugi.core.testkit.exam;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Synthetic regions, users and cases, made through the core's API as an administrator and a coordinator
 * would: what a module's tests stand on. Names are made up; phone numbers are from Ofcom's drama range.
 */
public final class CoreFixtures {
    /** Satisfies the password policy; for tests only. */
    public static final String PASSWORD = "harbour-linden-cobalt-5820";

    private final KintsugiClient api;
    private final String admin;

    public CoreFixtures(KintsugiClient api, String adminToken) {
        this.api = api;
        this.admin = adminToken;
    }

    /** As the administrator {@link KintsugiRuntime} set up. */
    public static CoreFixtures asAdmin(KintsugiClient api) {
        return new CoreFixtures(api, api.login("admin", KintsugiRuntime.ADMIN_PASSWORD));
    }

    public String adminToken() {
        return admin;
    }

    /** A new region; returns its code. */
    public String region() {
        String code = "hub-" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/regions", admin, KintsugiClient.JSON.createObjectNode().put("code", code)
                .put("name", "Synthetic " + code)).expect(201);
        return code;
    }

    /** Offers (or withdraws) a module in a region, as its hub administrator does. */
    public void enable(String moduleId, String region, boolean enabled) {
        api.send("PUT", "/api/regions/" + region + "/modules/" + moduleId, admin,
                KintsugiClient.JSON.createObjectNode().put("enabled", enabled)).expect(204);
    }

    /** A new user with one role in one region; returns their token. Practitioners get a registration level. */
    public String user(String role, String region) {
        String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode body = KintsugiClient.JSON.createObjectNode().put("username", name)
                .put("displayName", "Synthetic Person").put("password", PASSWORD);
        body.putArray("roles").add(role);
        body.putArray("regions").add(region);
        if ("PRACTITIONER".equals(role)) {
            body.putObject("practitioner").put("registrationLevel", "INTERMEDIATE");
        }
        api.post("/api/users", admin, body).expect(201);
        return api.login(name, PASSWORD);
    }

    /** Someone made through the API: their id, and their token once signed in. */
    public static final class Person {
        public final String id;
        public final String token;

        Person(String id, String token) {
            this.id = id;
            this.token = token;
        }
    }

    /**
     * A practitioner of the region who may be allocated to a case: advanced, supervised a week ago, observed a
     * month ago, with a case supervisor of the region of their own.
     */
    public Person practitioner(String region) {
        Person supervisor = person("CASE_SUPERVISOR", region, null);
        return person("PRACTITIONER", region, supervisor.id);
    }

    /** Allocates a practitioner to the case, as the coordinator does. */
    public void allocate(String coordinatorToken, String caseId, String userId) {
        api.post("/api/cases/" + caseId + "/facilitators", coordinatorToken, KintsugiClient.JSON.createObjectNode()
                .put("userId", userId).put("chosenByPersonHarmed", false)).expect(200);
    }

    private Person person(String role, String region, String supervisorId) {
        String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ObjectNode body = KintsugiClient.JSON.createObjectNode().put("username", name)
                .put("displayName", "Synthetic Practitioner").put("password", PASSWORD);
        body.putArray("roles").add(role);
        body.putArray("regions").add(region);
        ObjectNode record = body.putObject("practitioner").put("registrationLevel", "ADVANCED")
                .put("lastSupervisionOn", today.minusDays(7).toString())
                .put("lastObservedPracticeOn", today.minusDays(30).toString());
        if (supervisorId != null) {
            record.put("supervisorId", supervisorId);
        }
        String id = api.post("/api/users", admin, body).expect(201).json().get("id").asText();
        return new Person(id, api.login(name, PASSWORD));
    }

    /** A self-referral led by the person harmed, accepted by the coordinator: returns the new case's id. */
    public String openCase(String coordinatorToken, String region) {
        ObjectNode body = KintsugiClient.JSON.createObjectNode().put("region", region).put("source", "SELF")
                .put("ledBy", "PERSON_HARMED").put("criminalJustice", false).put("recency", "RECENT")
                .put("sentenceStage", "NOT_APPLICABLE").put("offenceCategory", "VIOLENCE");
        ObjectNode harmed = body.putObject("personHarmed").put("name", "Synthetic Person C");
        harmed.putArray("safeContact").addObject().put("method", "TEXT_MESSAGE").put("value", "07700 900456");
        body.putObject("personResponsible").put("name", "Synthetic Person D");
        String referral = api.post("/api/referrals", coordinatorToken, body).expect(201).json().get("id").asText();
        return api.post("/api/referrals/" + referral + "/accept", coordinatorToken, null).expect(201).json().get("id").asText();
    }

    /** Pauses the case (the person harmed asked for time), as a coordinator does. */
    public void pause(String coordinatorToken, String caseId) {
        api.post("/api/cases/" + caseId + "/pause", coordinatorToken,
                "{}").expect(200);
    }
}
