package org.kintsugi.core.internal.security;

import java.time.Duration;
import java.time.Instant;

import org.kintsugi.core.api.security.Caller;

/** A session found live in the database, as read: its caller, when it ends, when it was last seen. */
record LiveSession(Caller caller, Instant expiresAt, Instant lastSeenAt) {

    /**
     * Still usable without the database: not expired, not idle, and no last-seen write due yet (one falls
     * due once per {@code seen}; the database path makes it).
     */
    boolean usableWithoutWriteAt(Instant now, Duration idle, Duration seen) {
        return expiresAt.isAfter(now) && lastSeenAt.plus(idle).isAfter(now) && lastSeenAt.plus(seen).isAfter(now);
    }
}
