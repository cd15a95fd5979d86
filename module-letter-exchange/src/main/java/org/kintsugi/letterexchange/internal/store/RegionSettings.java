package org.kintsugi.letterexchange.internal.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** How a region runs letter exchange: days a submitted item may wait for its review before it is overdue. */
@Entity
@Table(name = "lx_region_settings")
public class RegionSettings {
    public static final int DEFAULT_REVIEW_DAYS = 5;

    @Id @Column(name = "region_code") private String regionCode;
    @Column(name = "review_days") private int reviewDays;
    @Column(name = "updated_by") private String updatedBy;
    @Column(name = "updated_at") private Instant updatedAt;

    protected RegionSettings() {
    }

    public RegionSettings(String regionCode) {
        this.regionCode = regionCode;
        this.reviewDays = DEFAULT_REVIEW_DAYS;
    }

    public void set(int reviewDays, String by, Instant at) {
        this.reviewDays = reviewDays;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String getRegionCode() { return regionCode; }
    public int getReviewDays() { return reviewDays; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
}
