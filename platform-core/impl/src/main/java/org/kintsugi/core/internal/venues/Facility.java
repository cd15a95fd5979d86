package org.kintsugi.core.internal.venues;

/** What a venue offers that a safety plan may rely on. */
public enum Facility {
    STEP_FREE_ACCESS, SEPARATE_WAITING_ROOMS, SEPARATE_ENTRANCES_AND_EXITS, QUIET_ROOM, HEARING_LOOP
}
