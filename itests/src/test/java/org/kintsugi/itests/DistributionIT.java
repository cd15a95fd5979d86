package org.kintsugi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a newcomer does: unpack the tar.gz, {@code bin/start} with no set-up, find the generated
 * administrator password, log in, stop, start again. Embedded database, ports from the KINTSUGI_*
 * variables, the real start and stop scripts.
 */
class DistributionIT {
    private final Path home = unpack();
    private final int port = FreePorts.take();

    @Test
    void startsWithNoSetUpAndHandsOverTheFirstAdminPasswordSafely() throws Exception {
        run("bin/start");
        Api api = awaitHealthy();
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
        Eventually.await("letter exchange on the embedded database", Duration.ofSeconds(60),
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

        stop();
        run("bin/start");
        awaitHealthy();
        assertEquals(password, Files.readString(file).trim(), "a restart creates no new administrator");
        assertEquals(key, Files.readString(dataKey), "nor a new data key");
        assertEquals(200, api.get("/api/auth/me", api.login("admin", password)).status());
        String restartLog = Files.readString(home.resolve("data/log/karaf.log"));
        assertEquals(1, count(restartLog, "Table user_account created"), "a second start applies nothing");
    }

    @AfterEach
    void stopWhatWeStarted() throws Exception {
        stop();
    }

    private Api awaitHealthy() {
        Api api = new Api(port);
        Eventually.await("the distribution to answer on port " + port, Duration.ofSeconds(120),
                () -> api.get("/api/health", null).status() == 200);
        assertEquals(401, api.get("/api/auth/me", null).status(), "health says UP only when every core endpoint answers");
        return api;
    }

    private void stop() throws Exception {
        Path pidFile = home.resolve("karaf.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        run("bin/stop");
        ProcessHandle karaf = ProcessHandle.of(pid).orElse(null);
        if (karaf != null) {
            try {
                karaf.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                karaf.destroyForcibly(); // only the Karaf this test started
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private void run(String script) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve(script).toString()).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(home.resolve("script.out").toFile());
        Map<String, String> env = builder.environment();
        List.of("KINTSUGI_DB_URL", "KINTSUGI_DB_USER", "KINTSUGI_DB_PASSWORD", "KINTSUGI_DB_DRIVER",
                "KINTSUGI_ADMIN_PASSWORD").forEach(env::remove);
        env.put("KINTSUGI_HTTP_PORT", String.valueOf(port));
        env.put("KINTSUGI_SSH_PORT", String.valueOf(FreePorts.take()));
        env.put("KINTSUGI_RMI_REGISTRY_PORT", String.valueOf(FreePorts.take()));
        env.put("KINTSUGI_RMI_SERVER_PORT", String.valueOf(FreePorts.take()));
        assertEquals(0, builder.start().waitFor(), script + " failed; see " + home.resolve("script.out"));
    }

    private static Path unpack() {
        try {
            Path target = Files.createTempDirectory(new File("target").toPath().toAbsolutePath(), "dist-it-");
            Process tar = new ProcessBuilder("tar", "xzf", System.getProperty("kintsugi.distribution"), "-C",
                    target.toString(), "--strip-components=1").inheritIO().start();
            if (tar.waitFor() != 0) {
                throw new IllegalStateException("cannot unpack the distribution");
            }
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
