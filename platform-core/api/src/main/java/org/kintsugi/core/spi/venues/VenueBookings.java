package org.kintsugi.core.spi.venues;

import java.time.Instant;
import java.util.Optional;

import org.kintsugi.core.api.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Booking the region's venues for a case's meetings. Call it inside the transaction that schedules the meeting
 * (after taking the case's lock), so the booking and the meeting commit or roll back together.
 */
@ProviderType
public interface VenueBookings {
    /**
     * Books the venue from {@code start} to {@code end} for one record of a module (a meeting) on a case.
     * Refused with a {@code ProblemException}: 404 when the case or the venue is outside the caller's scope or
     * the venue is in another region than the case; 400 when the times are not a future span of at most a day;
     * 409 {@code venue-check-expired} when the venue's safety check will not be current on the day;
     * 409 {@code venue-retired}; 409 {@code venue-already-booked} when another booking overlaps.
     */
    VenueBooking book(Caller caller, String caseId, String venueId, Instant start, Instant end, String moduleId,
            String recordId);

    /** Releases a booking (the meeting was cancelled, postponed or moved); releasing twice changes nothing. */
    void release(String bookingId, String because);

    Optional<VenueBooking> booking(String bookingId);
}
