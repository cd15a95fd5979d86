package org.kintsugi.core.internal.safety;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One version of a case's safety plan; its parts are sealed together under the row's id. */
@Entity
@Table(name = "safety_plan")
public class SafetyPlanRow {
    @Id
    private String id;
    @Column(name = "case_id")
    private String caseId;
    @Column(name = "plan_version")
    private int planVersion;
    @Column(name = "parts_sealed")
    private String partsSealed;
    @Column(name = "written_by")
    private String writtenBy;
    @Column(name = "written_at")
    private Instant writtenAt;
    @Column(name = "signed_off_by")
    private String signedOffBy;
    @Column(name = "signed_off_at")
    private Instant signedOffAt;

    protected SafetyPlanRow() {
    }

    SafetyPlanRow(String id, String caseId, int planVersion, String writtenBy, Instant writtenAt) {
        this.id = id;
        this.caseId = caseId;
        this.planVersion = planVersion;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    void seal(String partsSealed) {
        this.partsSealed = partsSealed;
    }

    void signOff(String by, Instant at) {
        this.signedOffBy = by;
        this.signedOffAt = at;
    }

    public String getId() { return id; }
    public String getCaseId() { return caseId; }
    public int getPlanVersion() { return planVersion; }
    public String getPartsSealed() { return partsSealed; }
    public String getWrittenBy() { return writtenBy; }
    public Instant getWrittenAt() { return writtenAt; }
    public String getSignedOffBy() { return signedOffBy; }
    public Instant getSignedOffAt() { return signedOffAt; }
}
