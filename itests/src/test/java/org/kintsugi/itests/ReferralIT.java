package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** Referral intake: from partners and hubs, details only for the hub, encrypted at rest, policy per region. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ReferralIT extends KintsugiTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PHONE = "07700 900123"; // Ofcom's range for drama: never a real number

    @Test
    public void aPartnerRefersTheHubSeesTheDetailsNobodyElseDoes() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        String north = Fixtures.region(api, admin);
        String south = Fixtures.region(api, admin);
        String org = api.post("/api/organisations", admin, "{\"name\":\"Synthetic Support Centre\",\"sector\":\"VOLUNTARY\","
                + "\"kind\":\"RAPE_AND_SEXUAL_ABUSE_CENTRE\",\"regions\":[\"" + north + "\"]}").json().get("id").asText();
        String referrer = Fixtures.user(api, admin, "PARTNER_REFERRER", north, org);
        String coordinator = Fixtures.user(api, admin, "COORDINATOR", north, null);
        String otherHub = Fixtures.user(api, admin, "COORDINATOR", south, null);

        Api.Reply created = api.post("/api/referrals", referrer, referral(north, "PERSON_HARMED", "SEXUAL_VIOLENCE"));
        assertEquals(created.toString(), 201, created.status());
        String id = created.json().get("id").asText();
        assertEquals("RECEIVED", created.json().get("status").asText());
        assertEquals(org, created.json().get("referrerOrganisationId").asText());
        assertFalse("no details back to the referrer", created.body().contains(PHONE));

        Api.Reply own = api.get("/api/referrals/" + id, referrer);
        assertEquals(200, own.status());
        assertFalse(own.body().contains(PHONE) || own.body().contains("personHarmed"));

        JsonNode detail = api.get("/api/referrals/" + id, coordinator).json();
        assertEquals("Synthetic Person A", detail.get("personHarmed").get("name").asText());
        assertEquals(PHONE, detail.get("personHarmed").get("safeContact").get(0).get("value").asText());
        assertEquals("VOICEMAIL", detail.get("personHarmed").get("neverUse").get(0).asText());
        assertEquals("SYN/0001/26", detail.get("crimeReference").asText());

        Api.Reply hidden = api.get("/api/referrals/" + id, otherHub);
        Api.Reply missing = api.get("/api/referrals/" + UUID.randomUUID(), otherHub);
        assertEquals(404, hidden.status());
        assertEquals(missing.json().get("detail"), hidden.json().get("detail"));
        assertFalse(api.get("/api/referrals", otherHub).body().contains(id));
        assertTrue(api.get("/api/referrals", coordinator).body().contains(id));
        assertFalse("lists never carry details", api.get("/api/referrals", coordinator).body().contains(PHONE));
        String practitioner = Fixtures.user(api, admin, "PRACTITIONER", north, null);
        assertEquals(403, api.get("/api/referrals", practitioner).status());

        try (Connection c = TestDatabase.connect(bundleContext);
             PreparedStatement s = c.prepareStatement("SELECT harmed_enc, crime_reference_enc FROM referral WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                String stored = row.getString(1) + row.getString(2);
                assertTrue(stored.startsWith("v1:"));
                assertFalse("encrypted at rest", stored.contains("0770") || stored.contains("Synthetic") || stored.contains("SYN/"));
            }
        }
        try (Connection c = TestDatabase.connect(bundleContext); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM audit_event WHERE action = 'GET /referrals/{id}' AND record_id = ? AND outcome = '200'")) {
            s.setString(1, "id=" + id);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                assertTrue("every read of the details is audited", row.getInt(1) >= 2);
            }
        }
    }

    @Test
    public void aRegionCanRefuseReferralsLedByThePersonResponsible() {
        Api api = api();
        String admin = adminToken(api);
        String region = Fixtures.region(api, admin);
        String hubAdmin = Fixtures.user(api, admin, "HUB_ADMIN", region, null);
        String coordinator = Fixtures.user(api, admin, "COORDINATOR", region, null);
        Api.Reply set = api.send("PUT", "/api/regions/" + region + "/policy", hubAdmin,
                "{\"refuseResponsibleLedFor\":[\"SEXUAL_VIOLENCE\",\"DOMESTIC_ABUSE\"]}");
        assertEquals(set.toString(), 200, set.status());
        assertEquals(403, api.send("PUT", "/api/regions/" + region + "/policy", coordinator,
                "{\"refuseResponsibleLedFor\":[]}").status());

        int before = api.get("/api/referrals?limit=200", coordinator).json().size();
        Api.Reply refused = api.post("/api/referrals", coordinator, referral(region, "PERSON_RESPONSIBLE", "SEXUAL_VIOLENCE"));
        assertEquals(refused.toString(), 409, refused.status());
        assertEquals("urn:kintsugi:problem:responsible-led-refused", refused.json().get("type").asText());
        assertTrue(refused.json().get("detail").asText().contains("SEXUAL_VIOLENCE"));
        assertEquals("nothing recorded", before, api.get("/api/referrals?limit=200", coordinator).json().size());

        assertEquals(201, api.post("/api/referrals", coordinator, referral(region, "PERSON_HARMED", "SEXUAL_VIOLENCE")).status());
        assertEquals(201, api.post("/api/referrals", coordinator, referral(region, "PERSON_RESPONSIBLE", "PROPERTY")).status());
    }

    @Test
    public void theHubDeclinesWithAReasonTheReferrerSeesOnlyTheOutcome() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        String region = Fixtures.region(api, admin);
        String referrer = Fixtures.user(api, admin, "PARTNER_REFERRER", region, api.post("/api/organisations", admin,
                "{\"name\":\"Synthetic Probation Office\",\"sector\":\"STATUTORY\",\"kind\":\"PROBATION\",\"regions\":[\""
                        + region + "\"]}").json().get("id").asText());
        String coordinator = Fixtures.user(api, admin, "COORDINATOR", region, null);
        String id = api.post("/api/referrals", referrer, referral(region, "PERSON_HARMED", "VIOLENCE")).json().get("id").asText();

        assertEquals(403, api.post("/api/referrals/" + id + "/decline", referrer, "{\"reason\":\"mine\"}").status());
        assertEquals(400, api.post("/api/referrals/" + id + "/decline", coordinator, "{\"reason\":\" \"}").status());
        String reason = "Synthetic reason: the person harmed chose another service";
        java.util.concurrent.CompletableFuture<Api.Reply> first = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> api.post("/api/referrals/" + id + "/decline", coordinator, "{\"reason\":\"" + reason + "\"}"));
        java.util.concurrent.CompletableFuture<Api.Reply> second = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> api.post("/api/referrals/" + id + "/decline", admin, "{\"reason\":\"" + reason + "\"}"));
        java.util.List<Integer> statuses = java.util.List.of(first.get().status(), second.get().status());
        assertTrue("one decision wins, the other is told: " + statuses, statuses.contains(200) && statuses.contains(409));

        JsonNode seenByHub = api.get("/api/referrals/" + id, coordinator).json();
        assertEquals("DECLINED", seenByHub.get("status").asText());
        assertEquals(reason, seenByHub.get("decisionReason").asText());
        Api.Reply seenByReferrer = api.get("/api/referrals/" + id, referrer);
        assertEquals("DECLINED", seenByReferrer.json().get("status").asText());
        assertFalse(seenByReferrer.body().contains("Synthetic reason"));
    }

    @Test
    public void invalidReferralsNameEveryField() {
        Api api = api();
        String admin = adminToken(api);
        String region = Fixtures.region(api, admin);
        String coordinator = Fixtures.user(api, admin, "COORDINATOR", region, null);
        ObjectNode body = (ObjectNode) read(referral(region, "PERSON_HARMED", "VIOLENCE"));
        body.remove("recency");
        ((ObjectNode) body.get("personHarmed")).putArray("neverUse").add("PHONE");
        Api.Reply reply = api.post("/api/referrals", coordinator, body.toString());
        assertEquals(reply.toString(), 400, reply.status());
        String errors = reply.json().get("errors").toString();
        assertTrue(errors, errors.contains("\"recency\"") && errors.contains("personHarmed.safeContact.0.method"));
        Api.Reply elsewhere = api.post("/api/referrals", coordinator, referral(Fixtures.region(api, admin), "PERSON_HARMED", "VIOLENCE"));
        assertEquals("region", elsewhere.json().get("errors").get(0).get("field").asText());
        assertEquals("not-your-region", elsewhere.json().get("errors").get(0).get("code").asText());
        // Each error carries a stable code, and the particulars its message names, for the screens' languages.
        JsonNode paging = api.get("/api/referrals?limit=5000", coordinator).json().get("errors").get(0);
        assertEquals("limit", paging.get("field").asText());
        assertEquals("between", paging.get("code").asText());
        assertEquals("1", paging.get("params").get("min").asText());
        assertEquals("must be between 1 and " + paging.get("params").get("max").asText(), paging.get("reason").asText());
    }

    private static String referral(String region, String ledBy, String category) {
        ObjectNode body = JSON.createObjectNode().put("region", region).put("source", "RAPE_AND_SEXUAL_ABUSE_CENTRE")
                .put("ledBy", ledBy).put("criminalJustice", true).put("recency", "NON_RECENT")
                .put("sentenceStage", "POST_SENTENCE").put("offenceCategory", category).put("crimeReference", "SYN/0001/26");
        ObjectNode harmed = body.putObject("personHarmed").put("name", "Synthetic Person A");
        harmed.putArray("safeContact").addObject().put("method", "PHONE").put("value", PHONE).put("notes", "weekday evenings");
        harmed.putArray("neverUse").add("VOICEMAIL");
        body.putObject("personResponsible").put("name", "Synthetic Person B");
        return body.toString();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
