package org.kintsugi.core.http.errors;

import java.util.function.BiConsumer;

/** The headers every API answer carries (see the core's ApiServlet), on the server's own answers too. */
final class SecurityHeaders {
    private SecurityHeaders() {
    }

    static void set(BiConsumer<String, String> header) {
        header.accept("Cache-Control", "no-store");
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("X-Frame-Options", "DENY");
        header.accept("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        header.accept("Referrer-Policy", "no-referrer");
    }
}
