package org.kintsugi.core.internal.cases;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.kintsugi.core.internal.referral.ReferralTerms;

/** A case: one region, opened from one accepted referral. */
@Entity
@Table(name = "rj_case")
public class CaseRecord {
    @Id
    private String id;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "referral_id")
    private String referralId;
    @Enumerated(EnumType.STRING)
    private CaseTerms.Stage stage;
    @Enumerated(EnumType.STRING)
    private CaseTerms.Hold hold;
    @Enumerated(EnumType.STRING)
    @Column(name = "offence_category")
    private ReferralTerms.OffenceCategory offenceCategory;
    /** Sexual harm and domestic abuse: two facilitators, specialist training, risk revisited at every stage. */
    @Column(name = "special_risk")
    private boolean specialRisk;
    @Enumerated(EnumType.STRING)
    @Column(name = "led_by")
    private ReferralTerms.LedBy ledBy;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "opened_by")
    private String openedBy;
    @Version
    private long version;
    @Column(name = "hold_at")
    private Instant holdAt;
    @Column(name = "hold_by")
    private String holdBy;
    @Column(name = "hold_on_behalf_of")
    private String holdOnBehalfOf;
    @Column(name = "hold_reason_enc")
    private String holdReasonEnc;
    @Column(name = "hold_tell_other_enc")
    private String holdTellOtherEnc;

    protected CaseRecord() {
    }

    public CaseRecord(String id, String regionCode, String referralId, ReferralTerms.OffenceCategory category,
            ReferralTerms.LedBy ledBy, String openedBy, Instant openedAt) {
        this.id = id;
        this.regionCode = regionCode;
        this.referralId = referralId;
        this.stage = CaseTerms.Stage.REFERRED;
        this.hold = CaseTerms.Hold.NONE;
        this.offenceCategory = category;
        this.specialRisk = category == ReferralTerms.OffenceCategory.SEXUAL_VIOLENCE
                || category == ReferralTerms.OffenceCategory.DOMESTIC_ABUSE;
        this.ledBy = ledBy;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    /** Sets the hold; the caller has checked the move is allowed and encrypted the free text. */
    void hold(CaseTerms.Hold next, String by, String onBehalfOf, Instant at, String reasonEnc, String tellOtherEnc) {
        this.hold = next;
        this.holdBy = by;
        this.holdOnBehalfOf = onBehalfOf;
        this.holdAt = at;
        this.holdReasonEnc = reasonEnc;
        this.holdTellOtherEnc = tellOtherEnc;
    }

    public Instant getHoldAt() { return holdAt; }
    public String getHoldBy() { return holdBy; }
    public String getHoldOnBehalfOf() { return holdOnBehalfOf; }
    public String getHoldReasonEnc() { return holdReasonEnc; }
    public String getHoldTellOtherEnc() { return holdTellOtherEnc; }
    public String getId() { return id; }
    public String getRegionCode() { return regionCode; }
    public String getReferralId() { return referralId; }
    public CaseTerms.Stage getStage() { return stage; }
    public CaseTerms.Hold getHold() { return hold; }
    public ReferralTerms.OffenceCategory getOffenceCategory() { return offenceCategory; }
    public boolean isSpecialRisk() { return specialRisk; }
    public ReferralTerms.LedBy getLedBy() { return ledBy; }
    public Instant getOpenedAt() { return openedAt; }
    public long getVersion() { return version; }
}
