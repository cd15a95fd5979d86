package org.kintsugi.core.internal.venues;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.cases.CaseRecord;
import org.kintsugi.core.internal.cases.CaseScope;
import org.kintsugi.core.internal.db.CoreUnit;
import org.kintsugi.core.spi.venues.VenueBooking;
import org.kintsugi.core.spi.venues.VenueBookings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.coordinator.Coordinator;

/**
 * Bookings in the caller's transaction. The venue's row is locked before overlapping bookings are looked for, so
 * of two racing bookings of one room the second waits, then finds the first and is refused.
 */
@Component(service = VenueBookings.class)
public class CoreVenueBookings implements VenueBookings {
    private final JpaTemplate jpa;
    private final Coordinator coordinator;

    @Activate
    public CoreVenueBookings(@Reference(target = CoreUnit.READY) JpaTemplate jpa, @Reference Coordinator coordinator) {
        this.jpa = jpa;
        this.coordinator = coordinator;
    }

    @Override
    public VenueBooking book(Caller caller, String caseId, String venueId, Instant start, Instant end, String moduleId,
            String recordId) {
        List<FieldProblem> problems = VenueRules.spanProblems(start, end, Instant.now());
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseRecord record = CaseScope.findVisible(em, coordinator, caller, caseId);
            Venue venue = venueId == null ? null : em.find(Venue.class, venueId, LockModeType.PESSIMISTIC_WRITE);
            if (venue == null || !venue.getRegionCode().equals(record.getRegionCode())) {
                throw ProblemException.notFound();
            }
            if (venue.getRetiredAt() != null) {
                throw ProblemException.conflict("venue-retired", "This venue is no longer in the region's register.");
            }
            int months = VenueSettings.monthsIn(em, venue.getRegionCode());
            if (!VenueRules.checkCurrent(venue.getCheckedOn(), months, VenueRules.day(start), VenueRules.day(end))) {
                throw ProblemException.conflict("venue-check-expired", "This venue's safety check "
                        + (venue.getCheckedOn() == null ? "was never done" : "will not be current on the day")
                        + ": check it again before booking it.");
            }
            long overlapping = em.createQuery("select count(b) from VenueBookingRow b where b.venueId = :venue "
                    + "and b.releasedAt is null and b.startsAt < :end and b.endsAt > :start", Long.class)
                    .setParameter("venue", venue.getId()).setParameter("start", start).setParameter("end", end)
                    .getSingleResult();
            if (overlapping > 0) {
                throw ProblemException.conflict("venue-already-booked", "This venue is booked for part of that time.");
            }
            VenueBookingRow row = new VenueBookingRow(UUID.randomUUID().toString(), venue, caseId, moduleId, recordId,
                    start, end, caller.getName(), Instant.now());
            em.persist(row);
            return row.view(venue.getName());
        });
    }

    @Override
    public void release(String bookingId, String because) {
        jpa.tx(TransactionType.Required, em -> {
            VenueBookingRow row = bookingId == null ? null : em.find(VenueBookingRow.class, bookingId);
            if (row != null) {
                row.release(because, Instant.now());
            }
        });
    }

    @Override
    public Optional<VenueBooking> booking(String bookingId) {
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(bookingId == null ? null
                : em.find(VenueBookingRow.class, bookingId)).map(row -> row.view(em.find(Venue.class, row.getVenueId()).getName())));
    }
}
