package org.kintsugi.core.internal.venues;

import java.time.LocalDate;
import java.util.Set;

/** A venue as staff see it: its address for those who arrange meetings, and whether its check is current. */
public final class VenueView {
    public final String id;
    public final String region;
    public final String name;
    public final String address;
    public final Set<Facility> facilities;
    public final boolean neutralGround;
    public final LocalDate checkedOn;
    public final String checkedBy;
    /** The first day the safety check no longer counts; absent when it was never checked. */
    public final LocalDate checkRunsOut;
    public final boolean checkCurrent;
    public final boolean retired;
    public final long version;

    VenueView(Venue v, String address, int months, LocalDate today) {
        this.id = v.getId();
        this.region = v.getRegionCode();
        this.name = v.getName();
        this.address = address;
        this.facilities = v.facilities();
        this.neutralGround = v.isNeutralGround();
        this.checkedOn = v.getCheckedOn();
        this.checkedBy = v.getCheckedBy();
        this.checkRunsOut = VenueRules.checkRunsOut(v.getCheckedOn(), months);
        this.checkCurrent = VenueRules.checkCurrent(v.getCheckedOn(), months, today, today);
        this.retired = v.getRetiredAt() != null;
        this.version = v.getVersion();
    }

    public String etag() {
        return "\"" + version + "\"";
    }
}
