package org.kintsugi.conferencing.internal.meetings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.cases.ContactGate;
import org.kintsugi.core.spi.cases.ContactVerdict;
import org.kintsugi.core.spi.cases.MeetingAttendance;
import org.kintsugi.core.spi.venues.VenueBookings;
import org.kintsugi.conferencing.internal.Conferencing;
import org.kintsugi.conferencing.internal.access.ConferencingCases;
import org.kintsugi.conferencing.internal.flow.MeetingAction;
import org.kintsugi.conferencing.internal.flow.MeetingFlow;
import org.kintsugi.conferencing.internal.flow.MeetingState;
import org.kintsugi.conferencing.internal.rest.MeetingRequests;
import org.kintsugi.conferencing.internal.store.Attendee;
import org.kintsugi.conferencing.internal.store.Meeting;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Scheduling and holding a meeting, both only while the contact gate allows it for every attendee, asked
 * inside the transaction that changes the meeting (with the case locked), so a withdrawal either comes
 * first and refuses it, or waits and then cancels the scheduled meeting. The venue is booked in the same
 * transaction: a double booking refuses the whole scheduling.
 */
@Component(service = MeetingScheduling.class)
public class MeetingScheduling {
    static final int MAX_RECORD = 20000;
    /** Those with whom the ground rules are agreed beforehand: the people harmed and responsible. */
    static final Set<ParticipantRole> PARTIES = EnumSet.of(ParticipantRole.PERSON_HARMED, ParticipantRole.PERSON_RESPONSIBLE);
    private final MeetingChanges changes;
    private final ContactGate gate;
    private final VenueBookings bookings;
    private final MeetingViews views;

    @Activate
    public MeetingScheduling(@Reference MeetingChanges changes, @Reference ContactGate gate,
            @Reference VenueBookings bookings, @Reference MeetingViews views) {
        this.changes = changes;
        this.gate = gate;
        this.bookings = bookings;
        this.views = views;
    }

    public MeetingView schedule(Caller caller, String meetingId, MeetingRequests.Schedule body) {
        check(body);
        return changes.apply(caller, meetingId, (em, meeting, snapshot, now) -> {
            ConferencingCases.requireActive(snapshot);
            MeetingState next = MeetingFlow.step(MeetingAction.SCHEDULE, meeting.getState()).orThrow();
            List<Attendee> attendees = MeetingViews.attendees(em, meeting);
            List<String> notReady = attendees.stream().filter(a -> a.getReadiness() != Attendee.Readiness.READY)
                    .map(Attendee::getParticipantId).collect(Collectors.toList());
            if (!notReady.isEmpty()) {
                throw ProblemException.conflict("conferencing.attendee-not-ready", "Every attendee is ready before the "
                        + "meeting is scheduled; " + notReady.size() + " not yet: " + String.join(", ", notReady) + ".");
            }
            List<String> rulesOpen = attendees.stream().filter(a -> PARTIES.contains(a.getRole()) && !a.isGroundRulesAgreed())
                    .map(Attendee::getParticipantId).collect(Collectors.toList());
            if (!rulesOpen.isEmpty()) {
                throw ProblemException.conflict("conferencing.ground-rules-not-agreed", "The ground rules are agreed with "
                        + "each party before the meeting; not yet with " + String.join(", ", rulesOpen) + ".");
            }
            requireGate(meeting, MeetingPlanning.attendeeIds(attendees));
            String bookingId = body.remote ? null : bookings.book(caller, meeting.getCaseId(), body.venueId, body.start,
                    body.end, Conferencing.ID, meetingId).id();
            meeting.schedule(body.start, body.end, body.remote, bookingId);
            FacilitatorWeeks.started(em, meeting);
            meeting.moveTo(next, null, now);
        });
    }

    /** Records it as held, with who came and a sealed record; the gate is asked again for those who came. */
    public MeetingView recordHeld(Caller caller, String meetingId, MeetingRequests.Held body) {
        if (body == null || body.attended == null || body.attended.isEmpty()) {
            throw ProblemException.invalid(new FieldProblem("attended", "who came: at least one attendee", "conferencing.attended-required"));
        }
        if (body.record != null && body.record.length() > MAX_RECORD) {
            throw ProblemException.invalid(FieldProblem.atMost("record", MAX_RECORD));
        }
        return changes.apply(caller, meetingId, (em, meeting, snapshot, now) -> {
            MeetingState next = MeetingFlow.step(MeetingAction.RECORD_HELD, meeting.getState()).orThrow();
            if (meeting.getStartsAt().isAfter(now)) {
                throw ProblemException.conflict("conferencing.not-started", "A meeting is recorded as held once it has "
                        + "begun; this one starts at " + meeting.getStartsAt() + ".");
            }
            List<Attendee> attendees = MeetingViews.attendees(em, meeting);
            Set<String> came = new LinkedHashSet<>(body.attended);
            if (!MeetingPlanning.attendeeIds(attendees).containsAll(came)) {
                throw ProblemException.invalid(new FieldProblem("attended", "must be attendees of this meeting",
                        "conferencing.not-an-attendee"));
            }
            requireGate(meeting, came);
            attendees.forEach(a -> a.attended(came.contains(a.getParticipantId())));
            meeting.record(views.seal(body.record, meetingId, MeetingViews.RECORD));
            meeting.moveTo(next, null, now);
        });
    }

    /** The gate's answer for the meeting's attendees now, every rule that stops it; for those who practise on the case. */
    public List<GateRefusal> gateFor(Caller caller, String meetingId) {
        return changes.inspect(caller, meetingId, (em, meeting) -> gate.previewMeeting(new MeetingAttendance(
                meeting.getCaseId(), AttendeeApproval.key(meetingId), MeetingPlanning.attendeeIds(
                MeetingViews.attendees(em, meeting)))).refusals().stream().map(GateRefusal::new)
                .collect(Collectors.toList()));
    }

    public MeetingView postpone(Caller caller, String meetingId) {
        return move(caller, meetingId, MeetingAction.POSTPONE);
    }

    public MeetingView cancel(Caller caller, String meetingId) {
        return move(caller, meetingId, MeetingAction.CANCEL);
    }

    /** A practitioner told an attendee of a cancellation or postponement a hold caused. */
    public MeetingView told(Caller caller, String meetingId, String participantId) {
        return changes.apply(caller, meetingId, (em, meeting, snapshot, now) -> {
            Attendee attendee = participantId == null ? null : em.find(Attendee.class, new Attendee.Key(meetingId, participantId));
            if (attendee == null || !attendee.isMustBeTold()) {
                throw ProblemException.notFound();
            }
            attendee.told(now);
        });
    }

    private MeetingView move(Caller caller, String meetingId, MeetingAction action) {
        return changes.apply(caller, meetingId, (em, meeting, snapshot, now) -> {
            meeting.moveTo(MeetingFlow.step(action, meeting.getState()).orThrow(), "by-facilitator", now);
            release(bookings, meeting, action.name().toLowerCase());
        });
    }

    static void release(VenueBookings bookings, Meeting meeting, String because) {
        if (meeting.getBookingId() != null) {
            bookings.release(meeting.getBookingId(), "conferencing: meeting " + because);
            meeting.unbook();
        }
    }

    private void requireGate(Meeting meeting, Set<String> attendees) {
        ContactVerdict verdict = gate.checkMeeting(new MeetingAttendance(meeting.getCaseId(),
                AttendeeApproval.key(meeting.getId()), attendees));
        if (!verdict.allowed()) {
            throw ProblemException.conflict(verdict.refusals().get(0).rule(), "This meeting may not happen now: "
                    + verdict.refusals().stream().map(r -> "[" + r.rule() + "] " + r.reason())
                    .collect(Collectors.joining("; ")));
        }
    }

    private static void check(MeetingRequests.Schedule body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body == null) {
            throw ProblemException.invalid(FieldProblem.required("start"));
        }
        if (body.start == null || !body.start.isAfter(Instant.now())) {
            problems.add(new FieldProblem("start", "a time still to come", "conferencing.start"));
        }
        if (body.end == null || (body.start != null && (!body.end.isAfter(body.start)
                || Duration.between(body.start, body.end).toHours() > 24))) {
            problems.add(new FieldProblem("end", "after the start, on the same day", "conferencing.end"));
        }
        if (body.remote == (body.venueId != null)) {
            problems.add(new FieldProblem("venueId", "choose a venue from the register, or a remote meeting",
                    "conferencing.venue-or-remote"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }
}
