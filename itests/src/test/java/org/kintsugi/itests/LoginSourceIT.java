package org.kintsugi.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One client address cannot try many user names: past its limit of failed logins it is refused whatever
 * the name, while other addresses log in as before. Two real loopback clients (127.0.0.1 and 127.0.0.2),
 * and a reverse proxy on 127.0.0.1 whose X-Forwarded-For is believed because the operator trusts it.
 */
class LoginSourceIT {
    private final Distribution distribution = new Distribution();

    @Test
    void oneAddressCannotTryManyNames() throws Exception {
        distribution.env.put("KINTSUGI_TRUSTED_PROXIES", "127.0.0.1");
        distribution.start();
        distribution.awaitHealthy();
        String password = Files.readString(distribution.home.resolve("data/initial-admin-password")).trim();
        RawHttp attacker = new RawHttp(distribution.port, InetAddress.getByName("127.0.0.2"));
        RawHttp proxy = new RawHttp(distribution.port);

        for (int i = 0; i < 29; i++) {
            RawHttp.Answer failed = attacker.post("/api/auth/login", login("sprayed-name-" + i, "autumn-guess-" + i));
            assertEquals(401, failed.status(), failed.toString());
        }
        assertEquals(200, attacker.post("/api/auth/login", login("admin", password)).status(),
                "below the limit a right password still works");
        assertEquals(401, attacker.post("/api/auth/login", login("sprayed-name-29", "autumn-guess")).status(),
                "the thirtieth failure from this address");
        RawHttp.Answer refused = attacker.post("/api/auth/login", login("admin", password));
        assertEquals(429, refused.status(), "past the limit even the right password is refused: " + refused);
        assertEquals("application/problem+json", refused.header("content-type"));
        assertTrue(Integer.parseInt(refused.header("retry-after")) > 0, refused.toString());
        assertEquals(429, attacker.post("/api/auth/login", login("admin", password),
                "X-Forwarded-For: 203.0.113.8").status(), "a header from an untrusted client is not believed");

        assertEquals(200, proxy.post("/api/auth/login", login("admin", password),
                "X-Forwarded-For: 203.0.113.7").status(), "another client, through the trusted proxy, is not held back");
        assertEquals(429, proxy.post("/api/auth/login", login("admin", password),
                "X-Forwarded-For: 127.0.0.2").status(), "the proxy's word for who the client is, is believed");
        assertEquals(200, new Api(distribution.port).post("/api/auth/login", null, login("admin", password)).status(),
                "the proxy's own address is its own: the attacker's failures are not its");
    }

    private static String login(String username, String password) {
        return Api.loginJson(username, password);
    }

    @AfterEach
    void stopWhatWeStarted() throws Exception {
        distribution.stop();
    }
}
