package org.kintsugi.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration LOCK = Duration.ofMinutes(15);
    private final Instant start = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void theFifthFailureInTheWindowLocksForTheLockTime() {
        LoginThrottle throttle = new LoginThrottle("someone", start);
        for (int i = 0; i < 4; i++) {
            throttle.fail(start.plusSeconds(i), 5, WINDOW, LOCK);
            assertFalse(throttle.isLocked(start.plusSeconds(i)));
        }
        throttle.fail(start.plusSeconds(5), 5, WINDOW, LOCK);
        assertTrue(throttle.isLocked(start.plusSeconds(6)));
        assertEquals(start.plusSeconds(5).plus(LOCK), throttle.getLockedUntil());
        assertFalse(throttle.isLocked(start.plusSeconds(5).plus(LOCK).plusSeconds(1)));
    }

    @Test
    void failuresOutsideTheWindowDoNotAccumulate() {
        LoginThrottle throttle = new LoginThrottle("someone", start);
        for (int i = 0; i < 4; i++) {
            throttle.fail(start, 5, WINDOW, LOCK);
        }
        Instant later = start.plus(WINDOW).plusSeconds(1);
        throttle.fail(later, 5, WINDOW, LOCK);
        assertFalse(throttle.isLocked(later));
    }
}
