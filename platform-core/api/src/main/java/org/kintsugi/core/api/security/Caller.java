package org.kintsugi.core.api.security;

import java.security.Principal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.core.SecurityContext;

/**
 * The authenticated user behind the current request. A change of role, region or organisation, or a
 * revoked session, takes effect on the caller's next request on the node that made the change, and within
 * moments on every other node (the core may keep recently seen sessions while the database tells it of
 * every change to them).
 */
public final class Caller implements Principal {
    private final UUID userId;
    private final String username;
    private final Set<Role> roles;
    private final Set<String> regions;
    private final String organisationId;

    public Caller(UUID userId, String username, Set<Role> roles, Set<String> regions) {
        this(userId, username, roles, regions, null);
    }

    /** @param organisationId the partner organisation the user works for, or null (hub staff) */
    public Caller(UUID userId, String username, Set<Role> roles, Set<String> regions, String organisationId) {
        this.userId = Objects.requireNonNull(userId, "userId");
        this.username = Objects.requireNonNull(username, "username");
        this.roles = Set.copyOf(roles);
        this.regions = Set.copyOf(regions);
        this.organisationId = organisationId;
    }

    /** The caller of a request that passed the core's authentication filter. */
    public static Caller of(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof Caller) {
            return (Caller) context.getUserPrincipal();
        }
        throw new NotAuthorizedException("Bearer");
    }

    public UUID userId() {
        return userId;
    }

    @Override
    public String getName() {
        return username;
    }

    public Set<Role> roles() {
        return roles;
    }

    /** Codes of the regions (hubs) the user belongs to. */
    public Set<String> regions() {
        return regions;
    }

    /** The partner organisation the user works for; empty for hub staff. */
    public Optional<String> organisationId() {
        return Optional.ofNullable(organisationId);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "Caller[" + username + "]";
    }
}
