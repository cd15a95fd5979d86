package org.kintsugi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Input PostgreSQL cannot store (a NUL, a lone surrogate) is refused at the door with 400 naming the
 * field, in every body and query of the core and of modules, and nothing is written; requests the web
 * server refuses by itself answer in problem+json too, never with its own HTML page.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class UnstorableInputIT extends KintsugiTestSupport {

    @Test
    public void everyStringOfEveryBodyAndQueryRefusesANul() {
        Api api = api();
        String admin = adminToken(api);
        Letters.enable(api, admin, Fixtures.region(api, admin), true); // so the module's endpoints answer
        JsonNode openApi = api.get("/api/openapi.json", admin).json();
        int regions = api.get("/api/regions", admin).json().size();
        int swept = new UnstorableInputSweep(api, admin, openApi).sweep(openApi);
        assertTrue("swept " + swept, swept > 100);
        assertEquals("nothing was written", regions, api.get("/api/regions", admin).json().size());
        assertEquals("and the administrator is still who they were", 200, api.get("/api/auth/me", admin).status());
    }

    @Test
    public void aLoneSurrogateAndANulInLoginAreRefusedWithoutAToken() {
        Api api = api();
        for (String name : new String[] {"ad\\u0000min", "ad\\ud800min"}) {
            Api.Reply reply = api.post("/api/auth/login", null, "{\"username\":\"" + name + "\",\"password\":\"x\"}");
            assertEquals(reply.toString(), 400, reply.status());
            assertEquals("username", reply.json().get("errors").get(0).get("field").asText());
            assertEquals("unstorable-character", reply.json().get("errors").get(0).get("code").asText());
        }
    }

    @Test
    public void whatTheWebServerRefusesByItselfIsProblemJson() throws Exception {
        Api api = api();
        RawHttp raw = new RawHttp(Integer.getInteger("kintsugi.it.http.port"));
        for (String request : new String[] {
            "GET /api/cases/%00 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
            "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(20000) + "\r\nConnection: close\r\n\r\n",
            "TRACE /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
            "TRACE / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
            "GET /api/../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
            "GET /api/health HTTP/1.1\r\nConnection: close\r\n\r\n",
            "GET /no-such-page HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
            "GET /ui/letter-exchange/no-such-file.js HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
            "DELETE / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
            "BREW / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
        }) {
            RawHttp.Answer answer = raw.send(request);
            assertTrue(answer.toString(), answer.status() >= 400 && answer.status() < 600);
            assertEquals(answer.toString(), "application/problem+json", answer.header("content-type"));
            assertTrue(answer.toString(), answer.body().startsWith("{\"type\":\"urn:kintsugi:problem:"));
            assertTrue(answer.toString(), !answer.body().contains("<"));
        }
        assertEquals(200, api.get("/api/health", null).status());
    }
}
