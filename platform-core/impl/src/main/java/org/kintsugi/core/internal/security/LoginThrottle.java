package org.kintsugi.core.internal.security;

import java.time.Duration;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * Failed logins for one user name, whether or not such a user exists, so that an unknown
 * name and a wrong password are indistinguishable, lockout included.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {
    @Id
    @Column(name = "username_key")
    private String usernameKey;
    private int failures;
    @Column(name = "window_started_at")
    private Instant windowStartedAt;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Version
    private long version;

    protected LoginThrottle() {
    }

    public LoginThrottle(String usernameKey, Instant now) {
        this.usernameKey = usernameKey;
        this.windowStartedAt = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    /** Counts a failure; the {@code maxFailures}-th within {@code window} locks the name for {@code lock}. */
    public void fail(Instant now, int maxFailures, Duration window, Duration lock) {
        if (windowStartedAt.plus(window).isBefore(now)) {
            windowStartedAt = now;
            failures = 0;
        }
        failures++;
        if (failures >= maxFailures) {
            lockedUntil = now.plus(lock);
            failures = 0;
            windowStartedAt = now;
        }
    }
}
