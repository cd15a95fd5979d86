package org.kintsugi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kintsugi.core.testkit.exam.Await;

/**
 * A database pool too small for the group commit's writers is refused at start, saying why: by
 * {@code bin/start} when KINTSUGI_DB_POOL_SIZE says so, and by the core (health never UP, the reason in
 * the log) when the pool's file was edited by hand.
 */
class PoolSizeIT {
    private final Distribution distribution = new Distribution();

    @Test
    void binStartRefusesAPoolTooSmallAndSaysWhy() throws Exception {
        distribution.env.put("KINTSUGI_DB_POOL_SIZE", "2");
        String said = distribution.startRefused();
        assertTrue(said.contains("KINTSUGI_DB_POOL_SIZE is 2") && said.contains("at least 4"), said);
        assertTrue(!Files.exists(distribution.home.resolve("karaf.pid")), "nothing was started");
        distribution.env.put("KINTSUGI_DB_POOL_SIZE", "many");
        assertTrue(distribution.startRefused().contains("must be a whole number"));
    }

    @Test
    void theCoreRefusesAPoolSetTooSmallInItsFile() throws Exception {
        Path pool = distribution.home.resolve("etc/org.ops4j.datasource-kintsugi.cfg");
        Files.writeString(pool, Files.readString(pool).replaceAll("(?m)^pool\\.maxTotal *=.*$", "pool.maxTotal = 3"));
        distribution.start();
        Api api = new Api(distribution.port);
        Await.until("the log to say why", Duration.ofSeconds(120), () -> {
            try {
                return distribution.log().contains("needs at least 4 database connections");
            } catch (java.io.IOException e) {
                return false;
            }
        });
        // The reply that answered is the one judged: the API's resources keep arriving as the core starts, and a
        // request in between can meet the server while it takes one in.
        AtomicReference<Api.Reply> answered = new AtomicReference<>();
        Await.until("health to answer", Duration.ofSeconds(60), () -> {
            answered.set(api.get("/api/health", null));
            return answered.get().body().startsWith("{\"status\"");
        });
        Api.Reply health = answered.get();
        assertEquals(503, health.status(), "never UP with a pool the writers would starve: " + health);
        assertEquals("UP", health.json().get("database").get("status").asText(), "the database itself is fine");
        assertTrue(distribution.log().contains("pool.maxTotal in etc/org.ops4j.datasource-kintsugi.cfg) is 3"));
    }

    @AfterEach
    void stopWhatWeStarted() throws Exception {
        distribution.stop();
    }
}
