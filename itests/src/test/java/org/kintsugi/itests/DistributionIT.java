package org.kintsugi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kintsugi.core.testkit.exam.Await;

/**
 * What a newcomer does: unpack the tar.gz, {@code bin/start} with no set-up, find the generated
 * administrator password, log in, stop, start again. Embedded database, ports from the KINTSUGI_*
 * variables, the real start and stop scripts.
 */
class DistributionIT {
    private final Distribution distribution = new Distribution();
    private final Path home = distribution.home;

    @Test
    void startsWithNoSetUpAndHandsOverTheFirstAdminPasswordSafely() throws Exception {
        distribution.start();
        Api api = distribution.awaitHealthy();
        assertEquals("H2", api.get("/api/health", null).json().get("database").get("product").asText());

        Path file = home.resolve("data/initial-admin-password");
        assertTrue(Files.exists(file), "the generated password is written once");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String password = Files.readString(file).trim();
        assertTrue(password.length() >= 20);
        String log = Files.readString(home.resolve("data/log/karaf.log"));
        assertTrue(log.contains("initial-admin-password"), "the log says where the password is");
        assertFalse(log.contains(password), "but never the password itself");
        String admin = api.login("admin", password);
        assertEquals(200, api.get("/api/auth/me", admin).status());
        Await.until("letter exchange on the embedded database", Duration.ofSeconds(60),
                () -> api.get("/api/modules/letter-exchange/items?list=ALL", admin).status() == 200);
        assertTrue(api.get("/api/modules", admin).body().contains("\"letter-exchange\""), "the module ships installed");
        Api.Reply referred = api.post("/api/referrals", admin, Fixtures.referral(Fixtures.region(api, admin), "VIOLENCE"));
        assertEquals(201, referred.status(), referred.toString());
        assertEquals(200, api.get("/api/referrals/" + referred.json().get("id").asText(), admin).status(),
                "a referral, committed through the group commit, is kept on H2 too");
        assertTrue(api.get("/api/audit/verify", admin).json().get("intact").asBoolean(), "the audit chains hold on H2");
        Path dataKey = home.resolve("etc/kintsugi-data.key");
        assertTrue(Files.exists(dataKey), "the key for contact details is created outside the database");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dataKey)));
        String key = Files.readString(dataKey);

        distribution.stop();
        distribution.start();
        distribution.awaitHealthy();
        assertEquals(password, Files.readString(file).trim(), "a restart creates no new administrator");
        assertEquals(key, Files.readString(dataKey), "nor a new data key");
        assertEquals(200, api.get("/api/auth/me", api.login("admin", password)).status());
        String restartLog = Files.readString(home.resolve("data/log/karaf.log"));
        assertEquals(1, count(restartLog, "Table user_account created"), "a second start applies nothing");
    }

    @AfterEach
    void stopWhatWeStarted() throws Exception {
        distribution.stop();
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
