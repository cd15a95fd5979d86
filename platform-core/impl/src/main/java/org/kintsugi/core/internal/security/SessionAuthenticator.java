package org.kintsugi.core.internal.security;

import java.util.Optional;

import org.kintsugi.core.api.security.Caller;

/** Resolves a bearer token to its caller, or nothing when it is unknown, expired, idle or revoked. */
public interface SessionAuthenticator {
    Optional<Caller> authenticate(String token);
}
