package org.kintsugi.core.internal.referral;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A referral as received. The parties' details and the crime reference are stored encrypted. */
@Entity
@Table(name = "referral")
public class Referral {
    @Id
    private String id;
    @Column(name = "region_code")
    private String regionCode;
    @Enumerated(EnumType.STRING)
    private ReferralTerms.Status status;
    @Enumerated(EnumType.STRING)
    private ReferralTerms.Source source;
    @Column(name = "referrer_user_id")
    private String referrerUserId;
    @Column(name = "referrer_org_id")
    private String referrerOrgId;
    @Enumerated(EnumType.STRING)
    @Column(name = "led_by")
    private ReferralTerms.LedBy ledBy;
    @Column(name = "criminal_justice")
    private boolean criminalJustice;
    @Enumerated(EnumType.STRING)
    private ReferralTerms.Recency recency;
    @Enumerated(EnumType.STRING)
    @Column(name = "sentence_stage")
    private ReferralTerms.SentenceStage sentenceStage;
    @Enumerated(EnumType.STRING)
    @Column(name = "offence_category")
    private ReferralTerms.OffenceCategory offenceCategory;
    @Column(name = "crime_reference_enc")
    private String crimeReferenceEnc;
    @Column(name = "harmed_enc")
    private String harmedEnc;
    @Column(name = "responsible_enc")
    private String responsibleEnc;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decision_reason_enc")
    private String decisionReasonEnc;

    protected Referral() {
    }

    Referral(String id, ReferralRequests.NewReferral body, String referrerUserId, String referrerOrgId, Instant now) {
        this.id = id;
        this.regionCode = body.region;
        this.status = ReferralTerms.Status.RECEIVED;
        this.source = body.source;
        this.referrerUserId = referrerUserId;
        this.referrerOrgId = referrerOrgId;
        this.ledBy = body.ledBy;
        this.criminalJustice = body.criminalJustice;
        this.recency = body.recency;
        this.sentenceStage = body.sentenceStage;
        this.offenceCategory = body.offenceCategory;
        this.createdAt = now;
    }

    void seal(String crimeReference, String harmed, String responsible) {
        this.crimeReferenceEnc = crimeReference;
        this.harmedEnc = harmed;
        this.responsibleEnc = responsible;
    }

    /** Only a referral still waiting can be decided; the reason arrives already encrypted. */
    void decline(String by, Instant at, String reasonEnc) {
        this.status = ReferralTerms.Status.DECLINED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionReasonEnc = reasonEnc;
    }

    void accept(String by, Instant at) {
        this.status = ReferralTerms.Status.ACCEPTED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public String getDecisionReasonEnc() { return decisionReasonEnc; }
    public String getId() { return id; }
    public String getRegionCode() { return regionCode; }
    public ReferralTerms.Status getStatus() { return status; }
    public ReferralTerms.Source getSource() { return source; }
    public String getReferrerUserId() { return referrerUserId; }
    public String getReferrerOrgId() { return referrerOrgId; }
    public ReferralTerms.LedBy getLedBy() { return ledBy; }
    public boolean isCriminalJustice() { return criminalJustice; }
    public ReferralTerms.Recency getRecency() { return recency; }
    public ReferralTerms.SentenceStage getSentenceStage() { return sentenceStage; }
    public ReferralTerms.OffenceCategory getOffenceCategory() { return offenceCategory; }
    public String getCrimeReferenceEnc() { return crimeReferenceEnc; }
    public String getHarmedEnc() { return harmedEnc; }
    public String getResponsibleEnc() { return responsibleEnc; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
