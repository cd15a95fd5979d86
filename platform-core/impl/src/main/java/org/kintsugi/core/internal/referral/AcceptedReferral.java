package org.kintsugi.core.internal.referral;

/** A referral just accepted, with its parties decrypted, for opening the case from it. */
public final class AcceptedReferral {
    private final Referral referral;
    private final ReferralRequests.Party personHarmed;
    private final ReferralRequests.Party personResponsible;

    AcceptedReferral(Referral referral, ReferralRequests.Party personHarmed, ReferralRequests.Party personResponsible) {
        this.referral = referral;
        this.personHarmed = personHarmed;
        this.personResponsible = personResponsible;
    }

    public Referral referral() {
        return referral;
    }

    public ReferralRequests.Party personHarmed() {
        return personHarmed;
    }

    /** Null when the referral named nobody responsible. */
    public ReferralRequests.Party personResponsible() {
        return personResponsible;
    }
}
