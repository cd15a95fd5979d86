package org.kintsugi.core.internal.people;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A bank holiday in one region: not a working day for its due dates. */
@Entity
@Table(name = "region_holiday")
@IdClass(RegionHoliday.Key.class)
public class RegionHoliday {
    @Id
    @Column(name = "region_code")
    private String regionCode;
    @Id
    @Column(name = "holiday_on")
    private LocalDate day;

    protected RegionHoliday() {
    }

    RegionHoliday(String regionCode, LocalDate day) {
        this.regionCode = regionCode;
        this.day = day;
    }

    public String getRegionCode() { return regionCode; }
    public LocalDate getDay() { return day; }

    /** Composite key: region and day. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String regionCode;
        public LocalDate day;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && Objects.equals(regionCode, ((Key) other).regionCode)
                    && Objects.equals(day, ((Key) other).day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(regionCode, day);
        }
    }
}
