package org.kintsugi.core.spi.cases;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The one question every module asks before anything passes between the parties: may this kind of
 * contact happen on this case now, and if not, which rule stops it. Provided by the core.
 *
 * <p>Call it inside the transaction that schedules or delivers (a module's JpaTemplate with
 * TransactionType.Required joins it). The case stays locked until that transaction ends, so a
 * withdrawal or halt either waits for the delivery or is seen by it: never both half-way.
 */
@ProviderType
public interface ContactGate {
    /** An unknown case is refused with rule {@code case-not-found}. */
    ContactVerdict check(String caseId, ContactKind kind);

    /**
     * May this meeting, with exactly these attendees, happen now: direct contact judged person by person.
     * Each attendee needs a current consent to take part, and the parties (people harmed or responsible,
     * affected others) a signed-off assessment. A person responsible attends only under a direct-contact
     * decision, having acknowledged responsibility, with the case's safety plan signed off and holding
     * their part. Under a survivor-only decision no person responsible attends, and every attendee must
     * be approved for this meeting ({@link AttendeeApprovals}). A pause, withdrawal, halt or closure
     * refuses everything. Locks the case, as {@link #check(String, ContactKind)} does; an unknown case is
     * refused with {@code case-not-found}. The verdict's kind is {@link ContactKind#DIRECT}.
     *
     * @since 1.4
     */
    ContactVerdict checkMeeting(MeetingAttendance meeting);

    /**
     * The answer {@link #checkMeeting} would give now, for showing it on a screen: it takes no lock, so asking
     * neither waits for a change to the case nor holds one up. Never decide on it; decide with
     * {@link #checkMeeting} inside the transaction that changes the meeting.
     *
     * @since 1.5
     */
    ContactVerdict previewMeeting(MeetingAttendance meeting);
}
