package org.kintsugi.core.internal.venues;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A room in a region's register; its address is sealed under the venue's id. */
@Entity
@Table(name = "venue")
public class Venue {
    @Id
    private String id;
    @Column(name = "region_code")
    private String regionCode;
    private String name;
    @Column(name = "address_sealed")
    private String addressSealed;
    private String facilities;
    @Column(name = "neutral_ground")
    private boolean neutralGround;
    @Column(name = "checked_on")
    private LocalDate checkedOn;
    @Column(name = "checked_by")
    private String checkedBy;
    @Column(name = "retired_at")
    private Instant retiredAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    @Column(name = "row_version")
    private long version;

    protected Venue() {
    }

    Venue(String id, String regionCode, Instant createdAt) {
        this.id = id;
        this.regionCode = regionCode;
        this.createdAt = createdAt;
    }

    void describe(String name, String addressSealed, Set<Facility> facilities, boolean neutralGround) {
        this.name = name;
        this.addressSealed = addressSealed;
        this.facilities = facilities.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.neutralGround = neutralGround;
    }

    void checked(LocalDate on, String by) {
        this.checkedOn = on;
        this.checkedBy = by;
    }

    void retire(Instant at) {
        this.retiredAt = at;
    }

    public Set<Facility> facilities() {
        return facilities == null || facilities.isBlank() ? EnumSet.noneOf(Facility.class)
                : Arrays.stream(facilities.split(",")).map(Facility::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Facility.class)));
    }

    public String getId() { return id; }
    public String getRegionCode() { return regionCode; }
    public String getName() { return name; }
    public String getAddressSealed() { return addressSealed; }
    public boolean isNeutralGround() { return neutralGround; }
    public LocalDate getCheckedOn() { return checkedOn; }
    public String getCheckedBy() { return checkedBy; }
    public Instant getRetiredAt() { return retiredAt; }
    public long getVersion() { return version; }
}
