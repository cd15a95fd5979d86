package org.kintsugi.conferencing.internal.meetings;

import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.cases.AttendeeApprovals;
import org.kintsugi.conferencing.internal.Conferencing;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A case supervisor approves the attendees of a meeting held under a survivor-only decision (a family
 * circle): the core keeps the approval, and its contact gate lets the meeting go ahead with those people only.
 */
@Component(service = AttendeeApproval.class)
public class AttendeeApproval {
    private final MeetingChanges changes;
    private final AttendeeApprovals approvals;

    @Activate
    public AttendeeApproval(@Reference MeetingChanges changes, @Reference AttendeeApprovals approvals) {
        this.changes = changes;
        this.approvals = approvals;
    }

    /** Approves exactly the meeting's attendees as they are now; an attendee added later needs approving too. */
    public MeetingView approve(Caller caller, String meetingId) {
        return changes.apply(caller, meetingId, (em, meeting, snapshot, now) -> approvals.approve(caller,
                meeting.getCaseId(), key(meeting.getId()), MeetingPlanning.attendeeIds(MeetingViews.attendees(em, meeting))));
    }

    static String key(String meetingId) {
        return Conferencing.ID + ":" + meetingId;
    }
}
