package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Synthetic regions, users and referrals made through the API, as an administrator would. */
final class Fixtures {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "harbour-linden-cobalt-5820";

    private Fixtures() {
    }

    static String region(Api api, String admin) {
        String code = "hub-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, api.post("/api/regions", admin, "{\"code\":\"" + code + "\",\"name\":\"Synthetic " + code + "\"}").status());
        return code;
    }

    /** A coordinator of the region who signs in with a browser: returns the user name. */
    static String coordinatorNamed(Api api, String admin, String region, String prefix) {
        String username = prefix + "-" + System.nanoTime() % 1000000;
        ObjectNode user = JSON.createObjectNode().put("username", username)
                .put("displayName", "Synthetic Coordinator").put("password", PASSWORD);
        user.putArray("roles").add("COORDINATOR");
        user.putArray("regions").add(region);
        Api.Reply created = api.post("/api/users", admin, user.toString());
        assertEquals(created.toString(), 201, created.status());
        return username;
    }

    /** Creates a user and returns their token. */
    static String user(Api api, String admin, String role, String region, String org) {
        String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode body = JSON.createObjectNode().put("username", name).put("displayName", "Synthetic Person")
                .put("password", PASSWORD);
        body.putArray("roles").add(role);
        body.putArray("regions").add(region);
        if (org != null) {
            body.put("organisationId", org);
        }
        if ("PRACTITIONER".equals(role)) {
            body.putObject("practitioner").put("registrationLevel", "INTERMEDIATE");
        }
        Api.Reply created = api.post("/api/users", admin, body.toString());
        assertEquals(created.toString(), 201, created.status());
        return api.login(name, PASSWORD);
    }

    /** A self-referral led by the person harmed, with both parties named; phone numbers from Ofcom's drama range. */
    static String referral(String region, String category) {
        return referral(region, category, "Synthetic Person C", "Synthetic Person D");
    }

    /** A referral naming the parties so (synthetic names only); no person responsible when null. */
    static String referral(String region, String category, String harmedName, String responsibleName) {
        ObjectNode body = JSON.createObjectNode().put("region", region).put("source", "SELF").put("ledBy", "PERSON_HARMED")
                .put("criminalJustice", false).put("recency", "RECENT").put("sentenceStage", "NOT_APPLICABLE")
                .put("offenceCategory", category);
        ObjectNode harmed = body.putObject("personHarmed").put("name", harmedName);
        harmed.putArray("safeContact").addObject().put("method", "TEXT_MESSAGE").put("value", "07700 900456");
        if (responsibleName != null) {
            body.putObject("personResponsible").put("name", responsibleName);
        }
        return body.toString();
    }

    /** Refers and accepts, returning the new case's id. */
    static String openCase(Api api, String coordinator, String region) {
        return openCase(api, coordinator, region, "Synthetic Person C", "Synthetic Person D");
    }

    /** As {@link #openCase(Api, String, String)}, with the parties named so. */
    static String openCase(Api api, String coordinator, String region, String harmedName, String responsibleName) {
        String referral = api.post("/api/referrals", coordinator, referral(region, "VIOLENCE", harmedName, responsibleName))
                .json().get("id").asText();
        Api.Reply accepted = api.post("/api/referrals/" + referral + "/accept", coordinator, null);
        assertEquals(accepted.toString(), 201, accepted.status());
        return accepted.json().get("id").asText();
    }

    /** The tests' own count of working days (weekends and the given holidays skipped), independent of the server's. */
    static LocalDate workingDaysAfter(LocalDate start, int days, List<LocalDate> holidays) {
        LocalDate date = start;
        for (int added = 0; added < days;) {
            date = date.plusDays(1);
            if (date.getDayOfWeek().getValue() < 6 && !holidays.contains(date)) {
                added++;
            }
        }
        return date;
    }
}
