package org.kintsugi.conferencing.internal.meetings;

import java.time.Instant;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.spi.cases.CaseHoldChange;
import org.kintsugi.core.spi.cases.CaseHoldListener;
import org.kintsugi.core.spi.venues.VenueBookings;
import org.kintsugi.conferencing.internal.flow.MeetingState;
import org.kintsugi.conferencing.internal.store.Attendee;
import org.kintsugi.conferencing.internal.store.ConferencingUnit;
import org.kintsugi.conferencing.internal.store.Meeting;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * In the core's transaction that pauses, withdraws, halts or closes a case: a pause postpones every scheduled
 * meeting; the others cancel every meeting still to happen. Either way the venue is released and each
 * attendee of a meeting that had a date is listed to be told (what they may be told is the core's, never why).
 */
@Component(service = CaseHoldListener.class)
public class MeetingHolds implements CaseHoldListener {
    private final JpaTemplate jpa;
    private final VenueBookings bookings;

    @Activate
    public MeetingHolds(@Reference(target = ConferencingUnit.READY) JpaTemplate jpa, @Reference VenueBookings bookings) {
        this.jpa = jpa;
        this.bookings = bookings;
    }

    @Override
    public void onHoldChanged(CaseHoldChange change) {
        if (!change.stopsContact()) {
            return;
        }
        boolean pause = change.kind() == CaseHoldChange.Kind.PAUSED;
        jpa.tx(TransactionType.Required, em -> {
            List<Meeting> open = em.createQuery("select m from Meeting m where m.caseId = :case and m.state in :states",
                    Meeting.class).setParameter("case", change.caseId())
                    .setParameter("states", pause ? List.of(MeetingState.SCHEDULED) : List.of(MeetingState.PLANNED,
                            MeetingState.PREPARING, MeetingState.SCHEDULED, MeetingState.POSTPONED))
                    .getResultList();
            Instant now = MeetingChanges.now();
            for (Meeting meeting : open) {
                boolean hadDate = meeting.getState() == MeetingState.SCHEDULED;
                meeting.moveTo(pause ? MeetingState.POSTPONED : MeetingState.CANCELLED, change.kind().name(), now);
                MeetingScheduling.release(bookings, meeting, change.kind().name().toLowerCase());
                if (hadDate) {
                    MeetingViews.attendees(em, meeting).forEach(Attendee::mustBeTold);
                }
            }
        });
    }
}
