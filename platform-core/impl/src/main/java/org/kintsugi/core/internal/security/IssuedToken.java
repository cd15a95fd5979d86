package org.kintsugi.core.internal.security;

import java.time.Instant;

/** What a successful login returns: the bearer token (shown once) and when it expires at the latest. */
public final class IssuedToken {
    private final String token;
    private final Instant expiresAt;

    public IssuedToken(String token, Instant expiresAt) {
        this.token = token;
        this.expiresAt = expiresAt;
    }

    public String getToken() {
        return token;
    }

    public String getTokenType() {
        return "Bearer";
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
