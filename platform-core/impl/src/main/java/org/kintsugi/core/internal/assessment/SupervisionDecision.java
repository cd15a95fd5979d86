package org.kintsugi.core.internal.assessment;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

/** A supervisor's decision on what may happen; superseded (kept) when new risk information re-opens assessment. */
@Entity
@Table(name = "case_decision")
public class SupervisionDecision {
    @Id
    private String id;
    @Column(name = "case_id")
    private String caseId;
    @Enumerated(EnumType.STRING)
    private AssessmentTerms.Outcome outcome;
    @Column(name = "reasons_enc")
    private String reasonsEnc;
    @Column(name = "conditions_enc")
    private String conditionsEnc;
    @Column(name = "decided_by_id")
    private String decidedById;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "superseded_at")
    private Instant supersededAt;
    @Column(name = "superseded_because")
    private String supersededBecause;

    protected SupervisionDecision() {
    }

    SupervisionDecision(String id, String caseId, AssessmentTerms.Outcome outcome, String decidedById, String decidedBy,
            Instant decidedAt) {
        this.id = id;
        this.caseId = caseId;
        this.outcome = outcome;
        this.decidedById = decidedById;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    void seal(String reasonsEnc, String conditionsEnc) {
        this.reasonsEnc = reasonsEnc;
        this.conditionsEnc = conditionsEnc;
    }

    void supersede(Instant at, String because) {
        this.supersededAt = at;
        this.supersededBecause = because;
    }

    public boolean isCurrent() { return supersededAt == null; }
    public String getId() { return id; }
    public String getCaseId() { return caseId; }
    public AssessmentTerms.Outcome getOutcome() { return outcome; }
    public String getReasonsEnc() { return reasonsEnc; }
    public String getConditionsEnc() { return conditionsEnc; }
    public String getDecidedById() { return decidedById; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getSupersededAt() { return supersededAt; }
    public String getSupersededBecause() { return supersededBecause; }
}
