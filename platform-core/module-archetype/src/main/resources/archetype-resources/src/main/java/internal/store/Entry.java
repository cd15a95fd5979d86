package ${package}.internal.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * One entry of a case. Its body is stored sealed; the case is referred to by id, never by a relation. Instants
 * are stored through the core's InstantConverter (listed in persistence.xml, applied to every Instant).
 */
@Entity
@Table(name = "${tablePrefix}_entry")
public class Entry {
    @Id
    private String id;
    @Column(name = "case_id", nullable = false)
    private String caseId;
    @Column(name = "region_code", nullable = false)
    private String region;
    @Column(name = "body_sealed", nullable = false)
    private String bodySealed;
    @Column(name = "written_by", nullable = false)
    private String writtenBy;
    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;
    @Column(name = "shared_at")
    private Instant sharedAt;
    @Column(nullable = false)
    private boolean held;
    @Column(name = "held_because")
    private String heldBecause;
    /** Optimistic lock: two changes of one entry never overwrite each other silently. */
    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected Entry() {
    }

    public Entry(String id, String caseId, String region, String bodySealed, String writtenBy, Instant writtenAt) {
        this.id = id;
        this.caseId = caseId;
        this.region = region;
        this.bodySealed = bodySealed;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public void share(Instant at) {
        sharedAt = at;
    }

    public void hold(String because) {
        held = true;
        heldBecause = because;
    }

    public void release() {
        held = false;
        heldBecause = null;
    }

    public String getId() {
        return id;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getBodySealed() {
        return bodySealed;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public Instant getSharedAt() {
        return sharedAt;
    }

    public boolean isHeld() {
        return held;
    }

    public String getHeldBecause() {
        return heldBecause;
    }

    public long getVersion() {
        return version;
    }
}
