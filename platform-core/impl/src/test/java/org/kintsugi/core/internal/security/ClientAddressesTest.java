package org.kintsugi.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Annotation;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {
    private static ClientAddresses trusting(String proxies) {
        ClientAddresses addresses = new ClientAddresses();
        addresses.configure(new SecurityConfig() {
            @Override public Class<? extends Annotation> annotationType() { return SecurityConfig.class; }
            @Override public int session_idle_minutes() { return 30; }
            @Override public int session_max_hours() { return 12; }
            @Override public int login_max_failures() { return 5; }
            @Override public int login_window_minutes() { return 15; }
            @Override public int login_lock_minutes() { return 15; }
            @Override public int login_source_max_failures() { return 30; }
            @Override public String trusted_proxies() { return proxies; }
            @Override public String initial_admin_password() { return ""; }
        });
        return addresses;
    }

    @Test
    void aForwardedForHeaderFromAnyoneElseIsIgnored() {
        assertEquals("198.51.100.9", trusting("").of("198.51.100.9", "203.0.113.7"));
        assertEquals("198.51.100.9", trusting("127.0.0.1").of("198.51.100.9", "203.0.113.7"));
    }

    @Test
    void behindATrustedProxyTheNearestUntrustedHopIsTheClient() {
        ClientAddresses addresses = trusting("127.0.0.1, 10.0.0.2");
        assertEquals("203.0.113.7", addresses.of("127.0.0.1", "203.0.113.7"));
        assertEquals("203.0.113.7", addresses.of("127.0.0.1", "192.0.2.1, 203.0.113.7, 10.0.0.2"),
                "an address the client wrote itself, left of the real one, is not believed");
        assertEquals("127.0.0.1", addresses.of("127.0.0.1", "not-an-address"));
        assertEquals("127.0.0.1", addresses.of("127.0.0.1", null));
        assertEquals("2001:db8::1", addresses.of("127.0.0.1", "2001:db8::1"));
    }
}
