package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** Boot, health, login and logout, error format and headers: what every client meets first. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class PlatformIT extends KintsugiTestSupport {

    @Test
    public void healthReportsPostgresAndCurrentSchema() {
        Api.Reply health = api().get("/api/health", null);
        assertEquals(health.toString(), 200, health.status());
        JsonNode body = health.json();
        assertEquals("UP", body.get("status").asText());
        assertEquals("PostgreSQL", body.get("database").get("product").asText());
        assertEquals("READY", body.get("schema").asText());
        assertEquals("every core endpoint is published", "READY", body.get("api").asText());
        assertTrue(body.get("modules").isArray());
    }

    @Test
    public void loginThenMeThenLogoutRevokesTheToken() {
        Api api = api();
        String token = adminToken(api);
        Api.Reply me = api.get("/api/auth/me", token);
        assertEquals(me.toString(), 200, me.status());
        assertEquals("admin", me.json().get("username").asText());
        assertEquals("NATIONAL_ADMIN", me.json().get("roles").get(0).asText());

        assertEquals(204, api.post("/api/auth/logout", token, null).status());
        Api.Reply after = api.get("/api/auth/me", token);
        assertEquals(401, after.status());
        assertEquals("urn:kintsugi:problem:unauthenticated", after.json().get("type").asText());
    }

    @Test
    public void badInputIsAProblemNamingTheFields() {
        Api.Reply reply = api().post("/api/auth/login", null, "{\"username\":\"\",\"pasword\":\"x\"}");
        assertEquals(reply.toString(), 400, reply.status());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"));
        JsonNode errors = reply.json().get("errors");
        assertEquals("pasword", errors.get(0).get("field").asText());

        Api.Reply missing = api().post("/api/auth/login", null, "{\"username\":\"\"}");
        assertEquals(400, missing.status());
        assertEquals("username", missing.json().get("errors").get(0).get("field").asText());
        assertEquals("password", missing.json().get("errors").get(1).get("field").asText());

        Api.Reply broken = api().post("/api/auth/login", null, "{not json");
        assertEquals(400, broken.status());
        assertFalse("no stack trace leaves the server", broken.body().contains("at org."));
    }

    @Test
    public void openApiDescribesEveryEndpointAndWhichArePublic() {
        Api api = api();
        assertEquals(401, api.get("/api/openapi.json", null).status());
        Api.Reply reply = api.get("/api/openapi.json", adminToken(api));
        assertEquals(reply.toString(), 200, reply.status());
        JsonNode doc = reply.json();
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        assertEquals("/api", doc.get("servers").get(0).get("url").asText());
        JsonNode paths = doc.get("paths");
        for (String path : new String[] {"/health", "/auth/login", "/auth/logout", "/auth/me", "/auth/password",
            "/audit/verify", "/openapi.json"}) {
            assertTrue("documented: " + path, paths.has(path));
        }
        assertEquals("login is public", 0, paths.get("/auth/login").get("post").get("security").size());
        assertFalse("me needs the token", paths.get("/auth/me").get("get").has("security"));
        assertEquals("bearer", doc.get("components").get("securitySchemes").get("bearer").get("scheme").asText());
        JsonNode caseload = paths.get("/cases").get("get").get("responses").get("200");
        assertTrue("the caseload's items and total are described", caseload.get("headers").has("X-Total-Count")
                && caseload.get("content").toString().contains("Summary"));
    }

    @Test
    public void oversizedBodiesAreRefusedBeforeAnythingReadsThem() {
        String huge = "{\"username\":\"" + "x".repeat(2 * 1024 * 1024) + "\",\"password\":\"y\"}";
        Api.Reply reply = api().post("/api/auth/login", null, huge);
        assertEquals(413, reply.status());
        assertEquals("urn:kintsugi:problem:payload-too-large", reply.json().get("type").asText());
        assertEquals("no-store", reply.header("Cache-Control"));
    }

    @Test
    public void unknownPathsAreProblemsToo() {
        Api.Reply reply = api().get("/api/no-such-thing", null);
        assertEquals(404, reply.status());
        assertEquals("urn:kintsugi:problem:not-found", reply.json().get("type").asText());
    }

    @Test
    public void everyAnswerCarriesNoStoreAndSecurityHeaders() {
        for (Api.Reply reply : new Api.Reply[] {api().get("/api/health", null), api().get("/api/auth/me", null),
            api().get("/api/nowhere", null)}) {
            assertEquals(reply.toString(), "no-store", reply.header("Cache-Control"));
            assertEquals("nosniff", reply.header("X-Content-Type-Options"));
            assertEquals("DENY", reply.header("X-Frame-Options"));
            assertNotNull(reply.header("Content-Security-Policy"));
            // One Date, an HTTP-date of about now (the core makes it once a second, not CXF per answer).
            assertEquals(reply.toString(), 1, reply.headers("Date").size());
            Instant date = ZonedDateTime.parse(reply.header("Date"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            assertTrue(reply.header("Date"), Duration.between(date, Instant.now()).abs().getSeconds() < 60);
            assertTrue(reply.header("Date"), reply.header("Date").matches("\\w{3}, \\d{2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"));
        }
    }
}
