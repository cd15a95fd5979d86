package org.kintsugi.core.internal.venues;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityManager;
import javax.persistence.Id;
import javax.persistence.Table;

/** How many months a venue's safety check stays valid in a region; 12 where the region has not said. */
@Entity
@Table(name = "region_venue_settings")
public class VenueSettings {
    public static final int DEFAULT_MONTHS = 12;

    @Id
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "check_valid_months")
    private int checkValidMonths;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Column(name = "changed_by")
    private String changedBy;

    protected VenueSettings() {
    }

    VenueSettings(String regionCode) {
        this.regionCode = regionCode;
    }

    static int monthsIn(EntityManager em, String regionCode) {
        VenueSettings settings = em.find(VenueSettings.class, regionCode);
        return settings == null ? DEFAULT_MONTHS : settings.checkValidMonths;
    }

    void change(int months, String by, Instant at) {
        this.checkValidMonths = months;
        this.changedBy = by;
        this.changedAt = at;
    }
}
