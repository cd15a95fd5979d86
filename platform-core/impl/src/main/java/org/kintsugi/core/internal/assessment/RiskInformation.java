package org.kintsugi.core.internal.assessment;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** New information about risk to or from a participant; kept encrypted, and it re-opens their assessment. */
@Entity
@Table(name = "case_risk_information")
public class RiskInformation {
    @Id
    private String id;
    @Column(name = "case_id")
    private String caseId;
    @Column(name = "participant_id")
    private String participantId;
    @Column(name = "information_enc")
    private String informationEnc;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected RiskInformation() {
    }

    RiskInformation(String id, String caseId, String participantId, String recordedBy, Instant recordedAt) {
        this.id = id;
        this.caseId = caseId;
        this.participantId = participantId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void seal(String informationEnc) {
        this.informationEnc = informationEnc;
    }

    public String getId() { return id; }
    public String getCaseId() { return caseId; }
    public String getParticipantId() { return participantId; }
    public String getInformationEnc() { return informationEnc; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
