package org.kintsugi.conferencing.internal.flow;

/** What can happen to a meeting. */
public enum MeetingAction {
    /** A preparation session with an attendee was recorded. */
    PREPARE,
    SCHEDULE,
    RECORD_HELD,
    POSTPONE,
    CANCEL
}
