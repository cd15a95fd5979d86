package org.kintsugi.core.spi.cases;

import java.util.Objects;
import java.util.Set;

/**
 * A meeting a module wants to hold, as the contact gate needs it: the case, the module's own key for
 * the meeting (under which a case supervisor approves its attendees) and who attends, as participant
 * ids of the case. Facilitators are not attendees here: the core's facilitation rules cover them.
 *
 * @since 1.4
 */
public final class MeetingAttendance {
    private final String caseId;
    private final String meetingKey;
    private final Set<String> attendees;

    /** {@code meetingKey}: stable and unique across modules, for example {@code conferencing:<meeting id>}. */
    public MeetingAttendance(String caseId, String meetingKey, Set<String> attendees) {
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.meetingKey = Objects.requireNonNull(meetingKey, "meetingKey");
        this.attendees = Set.copyOf(Objects.requireNonNull(attendees, "attendees"));
    }

    public String caseId() {
        return caseId;
    }

    public String meetingKey() {
        return meetingKey;
    }

    public Set<String> attendees() {
        return attendees;
    }

    @Override
    public String toString() {
        return meetingKey + " on " + caseId + " with " + attendees.size() + " attendees";
    }
}
