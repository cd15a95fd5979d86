package org.kintsugi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kintsugi.core.testkit.exam.Await;

/**
 * The README's quick start can do the whole job: the distribution on its embedded default database (no
 * KINTSUGI_DB_URL) takes one case from referral to a delivered, read letter and on to closure and
 * re-engagement, touching every endpoint the platform describes. Every other integration test runs on
 * PostgreSQL, so a query only the embedded database refuses would otherwise reach users first.
 */
class EmbeddedJourneyIT {
    private final Distribution distribution = new Distribution();
    private final List<Api.Reply> answers = Collections.synchronizedList(new ArrayList<>());

    @Test
    void everyEndpointWorksOnTheEmbeddedDefault() throws Exception {
        distribution.start();
        distribution.awaitHealthy();
        Api api = new Api(distribution.port, answers);
        assertEquals("H2", api.get("/api/health", null).json().get("database").get("product").asText());
        String password = Files.readString(distribution.home.resolve("data/initial-admin-password")).trim();
        String admin = api.login("admin", password);
        Await.until("letter exchange on the embedded database", Duration.ofSeconds(60),
                () -> api.get("/api/modules/letter-exchange/items?list=ALL", admin).status() == 200);

        new JourneySteps(api, admin).all();

        assertEquals(List.of(), EndpointCoverage.serverErrors(answers), "no server error on the embedded database");
        JsonNode described = api.get("/api/openapi.json", admin).json();
        Set<String> untouched = EndpointCoverage.untouched(described, answers);
        assertTrue(untouched.isEmpty(), "endpoints the journey never reached: " + untouched);
        assertTrue(api.get("/api/audit/verify", admin).json().get("intact").asBoolean(), "the audit chains hold on H2");
        // And input the databases cannot store is refused at the door here too (a client not recording coverage).
        Api unrecorded = new Api(distribution.port);
        assertTrue(new UnstorableInputSweep(unrecorded, admin, described).sweep(described) > 100);
        String log = distribution.log();
        assertFalse(log.contains("JdbcSQL"), "the embedded database refused no statement (see data/log/karaf.log)");
    }

    @AfterEach
    void stopWhatWeStarted() throws Exception {
        distribution.stop();
    }
}
