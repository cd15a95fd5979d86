package org.kintsugi.core.spi.work;

import java.time.LocalDate;
import java.util.List;

import org.kintsugi.core.api.security.Caller;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's work waiting for someone: letters to review, meetings to prepare, sessions this week. Register
 * one service per module; the core lists what it answers on the caller's home page, in the order given.
 */
@ConsumerType
public interface WorkSource {
    /** The id of the module's RestorativeService. */
    String moduleId();

    /**
     * What waits for this caller now, within their scope (see the package's contract). An empty list when
     * nothing does, or when the caller's roles do not do this module's work.
     *
     * @param today the day as the core counts it (UTC), so every source says "overdue" of the same day
     */
    List<WorkList> waitingFor(Caller caller, LocalDate today);
}
