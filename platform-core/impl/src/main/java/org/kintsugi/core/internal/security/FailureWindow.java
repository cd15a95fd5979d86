package org.kintsugi.core.internal.security;

import java.time.Duration;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.MappedSuperclass;
import javax.persistence.Version;

/** Failed logins counted in a window; enough of them lock what they are counted for (a name, an address). */
@MappedSuperclass
public abstract class FailureWindow {
    private int failures;
    @Column(name = "window_started_at")
    private Instant windowStartedAt;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Version
    private long version;

    protected FailureWindow() {
    }

    protected FailureWindow(Instant now) {
        this.windowStartedAt = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    /** Counts a failure; the {@code maxFailures}-th within {@code window} locks for {@code lock}. */
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
