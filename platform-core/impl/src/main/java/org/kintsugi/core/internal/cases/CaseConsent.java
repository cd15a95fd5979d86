package org.kintsugi.core.internal.cases;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

/** One consent of one participant for one purpose. Never deleted: a withdrawal is recorded on it. */
@Entity
@Table(name = "case_consent")
public class CaseConsent {
    @Id
    private String id;
    @Column(name = "case_id")
    private String caseId;
    @Column(name = "participant_id")
    private String participantId;
    @Enumerated(EnumType.STRING)
    private CaseTerms.ConsentPurpose purpose;
    @Column(name = "purpose_detail")
    private String purposeDetail;
    @Column(name = "wording_version")
    private String wordingVersion;
    @Column(name = "information_given_enc")
    private String informationGivenEnc;
    @Column(name = "no_incentive_confirmed")
    private boolean noIncentiveConfirmed;
    @Column(name = "given_at")
    private Instant givenAt;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    protected CaseConsent() {
    }

    CaseConsent(String id, String caseId, String participantId, CaseTerms.ConsentPurpose purpose, String purposeDetail,
            String wordingVersion, String recordedBy, Instant givenAt) {
        this.id = id;
        this.caseId = caseId;
        this.participantId = participantId;
        this.purpose = purpose;
        this.purposeDetail = purposeDetail;
        this.wordingVersion = wordingVersion;
        this.noIncentiveConfirmed = true;
        this.recordedBy = recordedBy;
        this.givenAt = givenAt;
    }

    void sealInformation(String informationGivenEnc) {
        this.informationGivenEnc = informationGivenEnc;
    }

    void withdraw(String by, Instant at) {
        this.withdrawnBy = by;
        this.withdrawnAt = at;
    }

    public boolean isActive() { return withdrawnAt == null; }
    public String getId() { return id; }
    public String getCaseId() { return caseId; }
    public String getParticipantId() { return participantId; }
    public CaseTerms.ConsentPurpose getPurpose() { return purpose; }
    public String getPurposeDetail() { return purposeDetail; }
    public String getWordingVersion() { return wordingVersion; }
    public String getInformationGivenEnc() { return informationGivenEnc; }
    public boolean isNoIncentiveConfirmed() { return noIncentiveConfirmed; }
    public Instant getGivenAt() { return givenAt; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public String getWithdrawnBy() { return withdrawnBy; }
}
