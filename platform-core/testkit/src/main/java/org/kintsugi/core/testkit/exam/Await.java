package org.kintsugi.core.testkit.exam;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for a condition with a deadline, failing with what was awaited: never a blind sleep. */
public final class Await {
    private static final long POLL_NANOS = Duration.ofMillis(100).toNanos();

    private Await() {
    }

    public static void until(String what, Duration timeout, BooleanSupplier condition) {
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
