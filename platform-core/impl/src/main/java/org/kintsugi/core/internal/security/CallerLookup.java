package org.kintsugi.core.internal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;

/**
 * Resolves a token to its caller in one round trip: the session, its user, roles and regions joined
 * (a user has a handful of each, so the cross product stays small). Every request authenticates, and
 * loading the session and the user as entities took four queries and most of the request's database work.
 */
final class CallerLookup {
    private static final String QUERY = "select s.id, s.expiresAt, s.lastSeenAt, s.revokedAt, u.id, u.username, "
            + "u.enabled, r, g, u.organisationId from UserSession s, UserAccount u left join u.roles r "
            + "left join u.regions g where u.id = s.userId and s.tokenHash = :hash";

    private CallerLookup() {
    }

    /** The live session of an enabled user, with its caller; refreshes last-seen at most once per {@code seen}. */
    static Optional<LiveSession> live(EntityManager em, String tokenHash, Instant now, Duration idle, Duration seen) {
        List<Object[]> rows = em.createQuery(QUERY, Object[].class).setParameter("hash", tokenHash).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        Instant expiresAt = (Instant) first[1];
        Instant lastSeenAt = (Instant) first[2];
        boolean live = first[3] == null && expiresAt.isAfter(now) && lastSeenAt.plus(idle).isAfter(now);
        if (!live || !Boolean.TRUE.equals(first[6])) {
            return Optional.empty();
        }
        if (lastSeenAt.plus(seen).isBefore(now)) {
            em.createQuery("update UserSession s set s.lastSeenAt = :now where s.id = :id")
                    .setParameter("now", now).setParameter("id", first[0]).executeUpdate();
            lastSeenAt = now;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> regions = new HashSet<>();
        for (Object[] row : rows) {
            if (row[7] != null) {
                roles.add((Role) row[7]);
            }
            if (row[8] != null) {
                regions.add((String) row[8]);
            }
        }
        Caller caller = new Caller(UUID.fromString((String) first[4]), (String) first[5], roles, regions,
                (String) first[9]);
        return Optional.of(new LiveSession(caller, expiresAt, lastSeenAt));
    }
}
