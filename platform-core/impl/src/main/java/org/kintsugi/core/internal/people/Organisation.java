package org.kintsugi.core.internal.people;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;
import javax.persistence.Version;

/** A partner organisation: refers cases or delivers services in some regions. */
@Entity
@Table(name = "organisation")
public class Organisation {
    public enum Sector { STATUTORY, NON_STATUTORY, VOLUNTARY }

    public enum Kind {
        RAPE_AND_SEXUAL_ABUSE_CENTRE, PROBATION, PRISON, POLICE, PROSECUTION, SCHOOL, CARE_HOME, HEALTH,
        VICTIM_SERVICE, WORKPLACE, OTHER
    }

    @Id
    private String id;
    private String name;
    @Enumerated(EnumType.STRING)
    private Sector sector;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_region", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "region_code")
    private Set<String> regions = new HashSet<>();

    protected Organisation() {
    }

    public Organisation(String id, String name, Sector sector, Kind kind, Set<String> regions, Instant now) {
        this.id = id;
        this.name = name;
        this.sector = sector;
        this.kind = kind;
        this.regions.addAll(regions);
        this.createdAt = now;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Sector getSector() {
        return sector;
    }

    public Kind getKind() {
        return kind;
    }

    public Set<String> getRegions() {
        return regions;
    }

    public long getVersion() {
        return version;
    }
}
