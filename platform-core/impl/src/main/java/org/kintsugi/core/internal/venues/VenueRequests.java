package org.kintsugi.core.internal.venues;

import java.time.LocalDate;
import java.util.List;

/** What hub staff send to the register. */
public final class VenueRequests {
    private VenueRequests() {
    }

    /** A venue as described: name, address (sealed), facilities, whether it is neutral ground. */
    public static final class Description {
        public String name;
        public String address;
        public List<Facility> facilities;
        public Boolean neutralGround;
        /** Optional on creation: the day of its safety check, if it was checked already. */
        public LocalDate checkedOn;
    }

    public static final class SafetyCheck {
        public LocalDate checkedOn;
    }

    public static final class Settings {
        public Integer checkValidMonths;
    }
}
