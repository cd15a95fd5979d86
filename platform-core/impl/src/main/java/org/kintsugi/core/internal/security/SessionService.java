package org.kintsugi.core.internal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.kintsugi.core.internal.db.CoreUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Issues, resolves and revokes bearer-token sessions, all state in the database (stateless nodes). A node
 * keeps the callers of recently seen sessions ({@link CallerCache}) only while the database announces
 * every change to them.
 */
@Component(service = {SessionAuthenticator.class, SessionService.class}, configurationPid = SecurityConfig.PID)
@Designate(ocd = SecurityConfig.class)
public class SessionService implements SessionAuthenticator {
    /** Writing last-seen on every request would double the writes; once a minute is enough for idling. */
    private static final Duration SEEN_RESOLUTION = Duration.ofMinutes(1);

    private final JpaTemplate jpa;
    private final CallerCache cache;
    private final Duration idle;
    private final Duration maxAge;

    @Activate
    public SessionService(@Reference(target = CoreUnit.READY) JpaTemplate jpa, @Reference CallerCache cache, SecurityConfig config) {
        this.jpa = jpa;
        this.cache = cache;
        this.idle = Duration.ofMinutes(config.session_idle_minutes());
        this.maxAge = Duration.ofHours(config.session_max_hours());
    }

    public IssuedToken issue(EntityManager em, UserAccount user) {
        String token = Tokens.newToken();
        Instant now = Instant.now();
        Instant expires = now.plus(maxAge);
        em.persist(new UserSession(UUID.randomUUID().toString(), Tokens.hash(token), user.getId(), now, expires));
        return new IssuedToken(token, expires);
    }

    @Override
    public Optional<Caller> authenticate(String token) {
        String hash = Tokens.hash(token);
        Instant now = Instant.now();
        Optional<LiveSession> kept = cache.find(hash).filter(s -> s.usableWithoutWriteAt(now, idle, SEEN_RESOLUTION));
        if (kept.isPresent()) {
            return Optional.of(kept.get().caller());
        }
        long readAt = cache.generation();
        Optional<LiveSession> live = jpa.txExpr(TransactionType.Required,
                em -> CallerLookup.live(em, hash, now, idle, SEEN_RESOLUTION));
        live.ifPresent(session -> cache.keep(hash, session, readAt));
        return live.map(LiveSession::caller);
    }

    public void revoke(String token) {
        jpa.tx(TransactionType.Required, em -> find(em, token).ifPresent(s -> {
            cache.changing(s.getUserId());
            s.revoke(Instant.now());
        }));
    }

    /** Ends every session of a user except the one given (after a password change, say). */
    public void revokeOthers(EntityManager em, String userId, String keepToken) {
        String keep = Tokens.hash(keepToken);
        cache.changing(userId);
        em.createQuery("update UserSession s set s.revokedAt = :now where s.userId = :user "
                + "and s.tokenHash <> :keep and s.revokedAt is null")
                .setParameter("now", Instant.now()).setParameter("user", userId).setParameter("keep", keep)
                .executeUpdate();
    }

    private static Optional<UserSession> find(EntityManager em, String token) {
        List<UserSession> found = em.createQuery("select s from UserSession s where s.tokenHash = :hash",
                UserSession.class).setParameter("hash", Tokens.hash(token)).getResultList();
        return found.stream().findFirst();
    }
}
