package org.kintsugi.conferencing.internal.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.kintsugi.conferencing.internal.store.Attendee;
import org.kintsugi.conferencing.internal.store.Meeting;

/** What the meetings endpoints take. */
public final class MeetingRequests {
    private MeetingRequests() {
    }

    public static final class NewMeeting {
        public Meeting.Kind kind;
        /** Participant ids of the case; a family circle never includes a person responsible. */
        public List<String> attendees;
        /** Staff user ids among the case's facilitators; two on a special-risk case. */
        public List<String> facilitators;
        /** A person harmed attending who chose to speak first; optional. */
        public String speaksFirst;
        public String groundRules;
        /** Seating and arrival, drawn from the case's safety plan. */
        public String plan;
    }

    public static final class Session {
        public String participantId;
        public LocalDate heldOn;
        public String covered;
        public String notes;
        public Attendee.Readiness readiness;
        public boolean groundRulesAgreed;
    }

    public static final class Schedule {
        public Instant start;
        public Instant end;
        /** A venue of the region's register, or none when {@code remote}. */
        public String venueId;
        public boolean remote;
    }

    public static final class Held {
        /** Who came: participant ids among the attendees. */
        public List<String> attended;
        public String record;
    }

    public static final class AgreementItem {
        public String text;
        /** The attendee who commits to it. */
        public String committedBy;
        public LocalDate dueOn;
    }
}
