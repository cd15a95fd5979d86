package org.kintsugi.core.internal.venues;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.kintsugi.core.spi.venues.VenueBooking;

/** A venue booked for one meeting of a case; released, never deleted, so the register keeps its history. */
@Entity
@Table(name = "venue_booking")
public class VenueBookingRow {
    @Id
    private String id;
    @Column(name = "venue_id")
    private String venueId;
    @Column(name = "case_id")
    private String caseId;
    @Column(name = "module_id")
    private String moduleId;
    @Column(name = "record_id")
    private String recordId;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    @Column(name = "booked_at")
    private Instant bookedAt;
    @Column(name = "booked_by")
    private String bookedBy;
    @Column(name = "released_at")
    private Instant releasedAt;
    @Column(name = "released_because")
    private String releasedBecause;

    protected VenueBookingRow() {
    }

    VenueBookingRow(String id, Venue venue, String caseId, String moduleId, String recordId, Instant startsAt,
            Instant endsAt, String bookedBy, Instant bookedAt) {
        this.id = id;
        this.venueId = venue.getId();
        this.caseId = caseId;
        this.moduleId = moduleId;
        this.recordId = recordId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.bookedBy = bookedBy;
        this.bookedAt = bookedAt;
    }

    void release(String because, Instant at) {
        if (releasedAt == null) {
            this.releasedAt = at;
            this.releasedBecause = because;
        }
    }

    VenueBooking view(String venueName) {
        return new VenueBooking(id, venueId, venueName, startsAt, endsAt, releasedAt != null);
    }

    public String getId() { return id; }
    public String getVenueId() { return venueId; }
    public String getCaseId() { return caseId; }
    public String getModuleId() { return moduleId; }
    public String getRecordId() { return recordId; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public Instant getReleasedAt() { return releasedAt; }
    public String getReleasedBecause() { return releasedBecause; }
}
