package org.kintsugi.itests;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for a condition with a deadline, failing with what was awaited. Never a blind sleep. */
final class Eventually {
    private static final long POLL_NANOS = Duration.ofMillis(100).toNanos();

    private Eventually() {
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                last = e; // e.g. connection refused while starting: keep waiting
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        throw new AssertionError("Timed out after " + timeout + " waiting for " + what, last);
    }
}
