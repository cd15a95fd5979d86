package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** Regions and user administration: who may manage whom, and edits that never overwrite each other unseen. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class PeopleIT extends KintsugiTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "willow-copper-tide-3391";

    @Test
    public void nationalAdministratorsAddRegionsEveryoneSeesThem() {
        Api api = api();
        String admin = adminToken(api);
        String code = "hub-" + shortId();
        Api.Reply created = api.post("/api/regions", admin, region(code, "Synthetic Hub " + code));
        assertEquals(created.toString(), 201, created.status());
        assertEquals(409, api.post("/api/regions", admin, region(code, "Again")).status());
        Api.Reply bad = api.post("/api/regions", admin, region("Not A Code!", ""));
        assertEquals(400, bad.status());
        assertEquals("code", bad.json().get("errors").get(0).get("field").asText());
        assertEquals("name", bad.json().get("errors").get(1).get("field").asText());

        String hubAdmin = createAndLogin(api, admin, "HUB_ADMIN", code, null);
        assertEquals(403, api.post("/api/regions", hubAdmin, region("hub-" + shortId(), "Nope")).status());
        assertTrue(api.get("/api/regions", hubAdmin).body().contains(code));
    }

    @Test
    public void hubAdministratorsManageOnlyTheirOwnRegions() {
        Api api = api();
        String admin = adminToken(api);
        String north = newRegion(api, admin);
        String south = newRegion(api, admin);
        String hubAdmin = createAndLogin(api, admin, "HUB_ADMIN", north, null);

        Api.Reply mine = api.post("/api/users", hubAdmin, user("PRACTITIONER", north, "INTERMEDIATE"));
        assertEquals(mine.toString(), 201, mine.status());
        assertEquals(403, api.post("/api/users", hubAdmin, user("PRACTITIONER", south, "INTERMEDIATE")).status());
        assertEquals(403, api.post("/api/users", hubAdmin, user("NATIONAL_ADMIN", north, null)).status());

        String elsewhere = api.post("/api/users", admin, user("COORDINATOR", south, null)).json().get("id").asText();
        Api.Reply hidden = api.get("/api/users/" + elsewhere, hubAdmin);
        Api.Reply missing = api.get("/api/users/" + UUID.randomUUID(), hubAdmin);
        assertEquals(404, hidden.status());
        assertEquals("outside scope looks exactly like absent", missing.body().replace(missing.json().get("instance").asText(), ""),
                hidden.body().replace(hidden.json().get("instance").asText(), ""));

        String listed = api.get("/api/users", hubAdmin).body();
        assertTrue(listed.contains(mine.json().get("id").asText()));
        assertFalse(listed.contains(elsewhere));
        assertFalse("no password hashes, ever", listed.contains("argon2"));
        String practitioner = createAndLogin(api, admin, "PRACTITIONER", north, "FOUNDATION");
        assertEquals(403, api.get("/api/users", practitioner).status());
    }

    @Test
    public void invalidUsersAreRefusedWithEveryFieldNamed() {
        Api api = api();
        String admin = adminToken(api);
        String region = newRegion(api, admin);
        ObjectNode body = (ObjectNode) read(user("PRACTITIONER", region, null));
        body.put("username", "x");
        body.put("password", "password1234");
        body.putArray("regions").add(region).add("no-such-region");
        Api.Reply reply = api.post("/api/users", admin, body.toString());
        assertEquals(reply.toString(), 400, reply.status());
        String fields = reply.json().get("errors").toString();
        assertTrue(fields, fields.contains("\"username\"") && fields.contains("\"regions\"")
                && fields.contains("practitioner.registrationLevel"));

        Api.Reply supervisor = api.post("/api/users", admin, user("CASE_SUPERVISOR", region, "INTERMEDIATE"));
        assertEquals(400, supervisor.status());
        assertTrue(supervisor.body().contains("ADVANCED"));
        Api.Reply common = api.post("/api/users", admin, ((ObjectNode) read(user("COORDINATOR", region, null)))
                .put("password", "password1234").toString());
        assertEquals("password", common.json().get("errors").get(0).get("field").asText());
    }

    @Test
    public void accessChangesNeedTheLatestVersionAndApplyOnTheNextRequest() throws Exception {
        Api api = api();
        String admin = adminToken(api);
        String region = newRegion(api, admin);
        JsonNode created = api.post("/api/users", admin, user("COORDINATOR", region, null)).json();
        String id = created.get("id").asText();
        String token = api.login(created.get("username").asText(), PASSWORD);
        assertEquals("COORDINATOR", api.get("/api/auth/me", token).json().get("roles").get(0).asText());

        Api.Reply current = api.get("/api/users/" + id, admin);
        String etag = current.header("ETag");
        assertNotNull(etag);
        String change = access("PRACTITIONER", region, "ADVANCED");
        assertEquals(428, api.send("PUT", "/api/users/" + id + "/access", admin, change).status());
        assertEquals(412, put(api, admin, id, "\"999\"", change).status());

        Api.Reply changed = put(api, admin, id, etag, change);
        assertEquals(changed.toString(), 200, changed.status());
        assertFalse(etag.equals(changed.header("ETag")));
        assertEquals("PRACTITIONER", api.get("/api/auth/me", token).json().get("roles").get(0).asText());
        assertEquals("the same ETag cannot be used twice", 412, put(api, admin, id, etag, change).status());

        String latest = changed.header("ETag");
        CompletableFuture<Api.Reply> first = CompletableFuture.supplyAsync(() -> put(api, admin, id, latest, change));
        CompletableFuture<Api.Reply> second = CompletableFuture.supplyAsync(
                () -> put(api, admin, id, latest, access("COORDINATOR", region, null)));
        List<Integer> statuses = List.of(first.get().status(), second.get().status());
        assertTrue("exactly one of two racing edits wins: " + statuses,
                statuses.contains(200) && statuses.contains(412));
    }

    @Test
    public void nobodyChangesTheirOwnAccess() {
        Api api = api();
        String admin = adminToken(api);
        String me = api.get("/api/auth/me", admin).json().get("id").asText();
        Api.Reply current = api.get("/api/users/" + me, admin);
        Api.Reply reply = put(api, admin, me, current.header("ETag"), access("NATIONAL_ADMIN", null, null));
        assertEquals(409, reply.status());
        assertEquals("urn:kintsugi:problem:own-access", reply.json().get("type").asText());
    }

    @Test
    public void organisationsAreSeenWhereTheyWorkAndPartnerReferrersBelongToOne() {
        Api api = api();
        String admin = adminToken(api);
        String north = newRegion(api, admin);
        String south = newRegion(api, admin);
        String northHub = createAndLogin(api, admin, "HUB_ADMIN", north, null);
        String southHub = createAndLogin(api, admin, "HUB_ADMIN", south, null);

        Api.Reply created = api.post("/api/organisations", northHub, organisation("Synthetic Rape Crisis Centre",
                "VOLUNTARY", "RAPE_AND_SEXUAL_ABUSE_CENTRE", north));
        assertEquals(created.toString(), 201, created.status());
        String org = created.json().get("id").asText();
        assertEquals(403, api.post("/api/organisations", southHub,
                organisation("Elsewhere", "STATUTORY", "POLICE", north)).status());
        Api.Reply invalid = api.post("/api/organisations", admin, "{\"name\":\"X\",\"regions\":[\"no-such-region\"]}");
        assertEquals(400, invalid.status());
        String fields = invalid.json().get("errors").toString();
        assertTrue(fields, fields.contains("sector") && fields.contains("kind") && fields.contains("regions"));

        assertTrue(api.get("/api/organisations", northHub).body().contains(org));
        assertFalse(api.get("/api/organisations", southHub).body().contains(org));
        assertEquals(404, api.get("/api/organisations/" + org, southHub).status());

        Api.Reply noOrg = api.post("/api/users", northHub, user("PARTNER_REFERRER", north, null));
        assertEquals(400, noOrg.status());
        assertEquals("organisationId", noOrg.json().get("errors").get(0).get("field").asText());
        ObjectNode wrongRegion = (ObjectNode) read(user("PARTNER_REFERRER", south, null));
        assertEquals(400, api.post("/api/users", admin, wrongRegion.put("organisationId", org).toString()).status());
        ObjectNode referrer = (ObjectNode) read(user("PARTNER_REFERRER", north, null));
        Api.Reply ok = api.post("/api/users", northHub, referrer.put("organisationId", org).toString());
        assertEquals(ok.toString(), 201, ok.status());
        assertEquals(org, ok.json().get("organisationId").asText());
    }

    private static String organisation(String name, String sector, String kind, String region) {
        ObjectNode body = JSON.createObjectNode().put("name", name).put("sector", sector).put("kind", kind);
        body.putArray("regions").add(region);
        return body.toString();
    }

    private static Api.Reply put(Api api, String token, String id, String ifMatch, String body) {
        return api.send("PUT", "/api/users/" + id + "/access", token, body, ifMatch);
    }

    private String createAndLogin(Api api, String admin, String role, String region, String level) {
        JsonNode created = api.post("/api/users", admin, user(role, region, level)).json();
        return api.login(created.get("username").asText(), PASSWORD);
    }

    private String newRegion(Api api, String admin) {
        String code = "hub-" + shortId();
        assertEquals(201, api.post("/api/regions", admin, region(code, "Synthetic Hub " + code)).status());
        return code;
    }

    private static String region(String code, String name) {
        return JSON.createObjectNode().put("code", code).put("name", name).toString();
    }

    private static String user(String role, String region, String level) {
        ObjectNode body = JSON.createObjectNode().put("username", "it-" + shortId()).put("displayName", "Synthetic Person")
                .put("password", PASSWORD);
        body.putArray("roles").add(role);
        body.putArray("regions").add(region);
        if (level != null) {
            body.putObject("practitioner").put("registrationLevel", level).put("sexualHarmTrained", true);
        }
        return body.toString();
    }

    private static String access(String role, String region, String level) {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("roles").add(role);
        if (region != null) {
            body.putArray("regions").add(region);
        }
        if (level != null) {
            body.putObject("practitioner").put("registrationLevel", level);
        }
        return body.toString();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
