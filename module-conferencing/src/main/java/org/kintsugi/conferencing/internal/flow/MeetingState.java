package org.kintsugi.conferencing.internal.flow;

/** Where a meeting is on its way. HELD and CANCELLED are final; POSTPONED waits for a new date. */
public enum MeetingState {
    PLANNED, PREPARING, SCHEDULED, HELD, CANCELLED, POSTPONED;

    /** Still to happen: what a pause, withdrawal, halt or closure acts on. */
    public boolean open() {
        return this != HELD && this != CANCELLED;
    }
}
