package org.kintsugi.core.internal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.kintsugi.core.internal.db.CoreUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.internal.audit.AuditRecord;
import org.kintsugi.core.internal.audit.AuditWriter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Password login. An unknown user name and a wrong password get the same answer after the same
 * Argon2 work (a dummy hash stands in for the missing user), and both count towards the same lock.
 * Failures also count against the client address, so one address cannot try a few passwords on
 * every name in turn: past its limit it is refused whatever the name, a right password included.
 */
@Component(service = LoginService.class, configurationPid = SecurityConfig.PID)
public class LoginService {
    private final JpaTemplate jpa;
    private final SessionService sessions;
    private final AuditWriter audit;
    private final PasswordHasher hasher = new PasswordHasher();
    private final String dummyHash = hasher.hash(Tokens.newPassword());
    private final int maxFailures;
    private final int maxSourceFailures;
    private final Duration window;
    private final Duration lock;

    @Activate
    public LoginService(@Reference(target = CoreUnit.READY) JpaTemplate jpa,
            @Reference SessionService sessions, @Reference AuditWriter audit,
            SecurityConfig config) {
        this.jpa = jpa;
        this.sessions = sessions;
        this.audit = audit;
        this.maxFailures = config.login_max_failures();
        this.maxSourceFailures = config.login_source_max_failures();
        this.window = Duration.ofMinutes(config.login_window_minutes());
        this.lock = Duration.ofMinutes(config.login_lock_minutes());
    }

    public static String usernameKey(String username) {
        return PasswordPolicy.normalise(username).trim().toLowerCase(Locale.ROOT);
    }

    public IssuedToken login(String username, String password, String clientAddress) {
        String key = usernameKey(username);
        String source = clientAddress == null ? "unknown" : clientAddress;
        Optional<Instant> sourceLocked = lockedUntil(SourceThrottle.class, source);
        if (sourceLocked.isPresent()) {
            audit.record(AuditRecord.login(key, null, source, "source-locked"));
            throw ProblemException.tooManyRequests("Too many failed logins from this address. Try again later.",
                    Duration.between(Instant.now(), sourceLocked.get()).getSeconds() + 1);
        }
        Optional<Instant> lockedUntil = lockedUntil(LoginThrottle.class, key);
        if (lockedUntil.isPresent()) {
            audit.record(AuditRecord.login(key, null, source, "locked"));
            throw ProblemException.tooManyRequests("Too many failed logins for this user name. Try again later.",
                    Duration.between(Instant.now(), lockedUntil.get()).getSeconds() + 1);
        }
        Optional<UserAccount> user = jpa.txExpr(TransactionType.Required, em -> findUser(em, key));
        String storedHash = user.map(UserAccount::getPasswordHash).orElse(dummyHash);
        boolean matches = hasher.verify(PasswordPolicy.normalise(password), storedHash);
        if (!matches || user.isEmpty() || !user.get().isEnabled()) {
            recordFailure(LoginThrottle.class, key, maxFailures, () -> new LoginThrottle(key, Instant.now()));
            recordFailure(SourceThrottle.class, source, maxSourceFailures, () -> new SourceThrottle(source, Instant.now()));
            audit.record(AuditRecord.login(key, null, source, "failure"));
            throw new ProblemException(401, "invalid-credentials", "Login failed",
                    "The user name or password is not correct.", List.of());
        }
        IssuedToken token = jpa.txExpr(TransactionType.Required, em -> {
            LoginThrottle throttle = em.find(LoginThrottle.class, key);
            if (throttle != null) {
                em.remove(throttle);
            }
            return sessions.issue(em, user.get());
        });
        audit.record(AuditRecord.login(key, user.get().getId(), source, "success"));
        return token;
    }

    static Optional<UserAccount> findUser(EntityManager em, String key) {
        return em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", key).getResultList().stream().findFirst();
    }

    private <T extends FailureWindow> Optional<Instant> lockedUntil(Class<T> type, String key) {
        return jpa.txExpr(TransactionType.Required, em -> {
            T throttle = em.find(type, key);
            Instant now = Instant.now();
            return throttle != null && throttle.isLocked(now) ? Optional.of(throttle.getLockedUntil())
                    : Optional.<Instant>empty();
        });
    }

    /**
     * Counts one failure under a lock on its row. Failures from one address often come at once: the row is
     * created first on its own, a racing creator's duplicate ignored, so no failure is lost and none fails.
     */
    private <T extends FailureWindow> void recordFailure(Class<T> type, String key, int max, Supplier<T> first) {
        if (jpa.txExpr(TransactionType.Required, em -> em.find(type, key)) == null) {
            try {
                jpa.tx(TransactionType.Required, em -> em.persist(first.get()));
            } catch (RuntimeException createdMeanwhile) {
                // another request created the row first: count on it below
            }
        }
        jpa.tx(TransactionType.Required, em -> em.find(type, key, LockModeType.PESSIMISTIC_WRITE)
                .fail(Instant.now(), max, window, lock));
    }
}
