package org.kintsugi.core.spi.venues;

import java.time.Instant;
import java.util.Objects;

/** A venue booked for a span of time, for one record of a module on a case. */
public final class VenueBooking {
    private final String id;
    private final String venueId;
    private final String venueName;
    private final Instant start;
    private final Instant end;
    private final boolean released;

    public VenueBooking(String id, String venueId, String venueName, Instant start, Instant end, boolean released) {
        this.id = Objects.requireNonNull(id, "id");
        this.venueId = Objects.requireNonNull(venueId, "venueId");
        this.venueName = venueName;
        this.start = Objects.requireNonNull(start, "start");
        this.end = Objects.requireNonNull(end, "end");
        this.released = released;
    }

    public String id() {
        return id;
    }

    public String venueId() {
        return venueId;
    }

    public String venueName() {
        return venueName;
    }

    public Instant start() {
        return start;
    }

    public Instant end() {
        return end;
    }

    public boolean released() {
        return released;
    }
}
