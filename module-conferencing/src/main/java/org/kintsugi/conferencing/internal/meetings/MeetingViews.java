package org.kintsugi.conferencing.internal.meetings;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.spi.cases.CaseSnapshot;
import org.kintsugi.core.spi.crypto.SealedText;
import org.kintsugi.core.spi.venues.VenueBooking;
import org.kintsugi.core.spi.venues.VenueBookings;
import org.kintsugi.conferencing.internal.flow.MeetingState;
import org.kintsugi.conferencing.internal.store.AgreementItem;
import org.kintsugi.conferencing.internal.store.Attendee;
import org.kintsugi.conferencing.internal.store.Meeting;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Seals a meeting's free text, bound to this bundle, the record and the field; opens it for those who practise. */
@Component(service = MeetingViews.class)
public class MeetingViews {
    static final String GROUND_RULES = "groundRules";
    static final String PLAN = "plan";
    static final String RECORD = "record";
    static final String COVERED = "covered";
    static final String NOTES = "notes";
    static final String AGREEMENT = "agreement";

    private final SealedText sealer;
    private final VenueBookings bookings;

    @Activate
    public MeetingViews(@Reference SealedText sealer, @Reference VenueBookings bookings) {
        this.sealer = sealer;
        this.bookings = bookings;
    }

    String seal(String text, String recordId, String field) {
        return text == null ? null : sealer.seal(text, recordId, field);
    }

    String open(String sealed, String recordId, String field) {
        return sealed == null ? null : sealer.open(sealed, recordId, field);
    }

    MeetingView of(EntityManager em, Meeting m, CaseSnapshot seenBy) {
        List<MeetingView.AttendeeView> attendees = attendees(em, m).stream().map(MeetingView.AttendeeView::new)
                .collect(Collectors.toList());
        Optional<VenueBooking> booking = m.getBookingId() == null ? Optional.empty() : bookings.booking(m.getBookingId());
        MeetingView.Sealed sealed = !seenBy.callerPractises() ? null : new MeetingView.Sealed(
                open(m.getGroundRulesSealed(), m.getId(), GROUND_RULES), open(m.getPlanSealed(), m.getId(), PLAN),
                open(m.getRecordSealed(), m.getId(), RECORD), (m.getState() != MeetingState.HELD ? List.<AgreementItem>of()
                        : AgreementDrafts.of(em, m.getId())).stream()
                        .map(i -> new MeetingView.Item(i, open(i.getTextSealed(), i.getId(), AGREEMENT)))
                        .collect(Collectors.toList()));
        return new MeetingView(m, attendees, booking.map(VenueBooking::venueId).orElse(null),
                booking.map(VenueBooking::venueName).orElse(null), sealed);
    }

    /** What {@code participantId} may be told of the meeting; 404 for anyone not attending it. */
    AttendeeBrief brief(EntityManager em, Meeting m, String participantId) {
        List<Attendee> all = attendees(em, m);
        Attendee you = all.stream().filter(a -> a.getParticipantId().equals(participantId)).findFirst()
                .orElseThrow(ProblemException::notFound);
        String venue = m.getBookingId() == null ? null : bookings.booking(m.getBookingId()).map(VenueBooking::venueName).orElse(null);
        return new AttendeeBrief(m, you, all, venue, open(m.getGroundRulesSealed(), m.getId(), GROUND_RULES));
    }

    /** Read once per request: planning adds attendees before it first asks, nothing removes one. */
    static List<Attendee> attendees(EntityManager em, Meeting meeting) {
        if (meeting.attendeesRead() == null) {
            meeting.attendeesRead(em.createQuery("select a from Attendee a where a.meetingId = :m "
                    + "order by a.role, a.participantId", Attendee.class).setParameter("m", meeting.getId()).getResultList());
        }
        return meeting.attendeesRead();
    }
}
