package org.kintsugi.core.internal.cases;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.kintsugi.core.api.cases.CaseHold;
import org.kintsugi.core.api.cases.CaseStage;
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
    private CaseStage stage;
    @Enumerated(EnumType.STRING)
    private CaseHold hold;
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
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by")
    private String closedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason")
    private CaseTerms.CloseReason closeReason;
    @Column(name = "close_note_enc")
    private String closeNoteEnc;
    @Column(name = "retain_until")
    private LocalDate retainUntil;
    @Column(name = "re_engaged_count")
    private int reEngagedCount;
    /** The earliest open task's due date, kept here so caseloads sort by it (CaseTasksDue keeps it true). */
    @Column(name = "next_due_on")
    private LocalDate nextDueOn;
    /** Region, year and number (CaseReferences): what people say and search for. */
    @Column(name = "reference", nullable = false, updatable = false)
    private String reference;

    protected CaseRecord() {
    }

    public CaseRecord(String id, String regionCode, String referralId, ReferralTerms.OffenceCategory category,
            ReferralTerms.LedBy ledBy, String openedBy, Instant openedAt, String reference) {
        this.id = id;
        this.reference = reference;
        this.regionCode = regionCode;
        this.referralId = referralId;
        this.stage = CaseStage.REFERRED;
        this.hold = CaseHold.NONE;
        this.offenceCategory = category;
        this.specialRisk = category == ReferralTerms.OffenceCategory.SEXUAL_VIOLENCE
                || category == ReferralTerms.OffenceCategory.DOMESTIC_ABUSE;
        this.ledBy = ledBy;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    /** Sets the hold; the caller has checked the move is allowed and encrypted the free text. */
    void hold(CaseHold next, String by, String onBehalfOf, Instant at, String reasonEnc, String tellOtherEnc) {
        this.hold = next;
        this.holdBy = by;
        this.holdOnBehalfOf = onBehalfOf;
        this.holdAt = at;
        this.holdReasonEnc = reasonEnc;
        this.holdTellOtherEnc = tellOtherEnc;
    }

    /** The caller has checked the guards of this move (StageRules). */
    public void moveTo(CaseStage next) {
        this.stage = next;
    }

    /** The caller has checked the case may close. */
    public void close(CaseTerms.CloseReason reason, String by, Instant at, String noteEnc, LocalDate retainUntil) {
        this.stage = CaseStage.CLOSED;
        this.closeReason = reason;
        this.closedBy = by;
        this.closedAt = at;
        this.closeNoteEnc = noteEnc;
        this.retainUntil = retainUntil;
    }

    /** Years later, the process starts again from first contact; the old hold and closure stay in the timeline. */
    public void reEngage() {
        hold(CaseHold.NONE, null, null, null, null, null);
        this.closeReason = null;
        this.closedBy = null;
        this.closedAt = null;
        this.closeNoteEnc = null;
        this.retainUntil = null;
        this.stage = CaseStage.FIRST_CONTACT;
        this.reEngagedCount++;
    }

    void nextDueOn(LocalDate date) {
        this.nextDueOn = date;
    }

    public LocalDate getNextDueOn() { return nextDueOn; }
    public Instant getClosedAt() { return closedAt; }
    public String getClosedBy() { return closedBy; }
    public CaseTerms.CloseReason getCloseReason() { return closeReason; }
    public String getCloseNoteEnc() { return closeNoteEnc; }
    public LocalDate getRetainUntil() { return retainUntil; }
    public int getReEngagedCount() { return reEngagedCount; }
    public Instant getHoldAt() { return holdAt; }
    public String getHoldBy() { return holdBy; }
    public String getHoldOnBehalfOf() { return holdOnBehalfOf; }
    public String getHoldReasonEnc() { return holdReasonEnc; }
    public String getHoldTellOtherEnc() { return holdTellOtherEnc; }
    public String getReference() {
        return reference;
    }

    public String getId() { return id; }
    public String getRegionCode() { return regionCode; }
    public String getReferralId() { return referralId; }
    public CaseStage getStage() { return stage; }
    public CaseHold getHold() { return hold; }

    /** Withdrawn or halted: nothing more happens on it (a pause is the person harmed's pace, not a stop). */
    public boolean isStopped() {
        return hold == CaseHold.WITHDRAWN || hold == CaseHold.HALTED;
    }

    /** Stopped or closed: the one test of whether a case takes new work, wherever it is asked. */
    public boolean takesNoNewWork() {
        return isStopped() || stage == CaseStage.CLOSED;
    }
    public ReferralTerms.OffenceCategory getOffenceCategory() { return offenceCategory; }
    public boolean isSpecialRisk() { return specialRisk; }
    public ReferralTerms.LedBy getLedBy() { return ledBy; }
    public Instant getOpenedAt() { return openedAt; }
    public long getVersion() { return version; }
}
