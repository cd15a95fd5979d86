package org.kintsugi.core.internal.cases;

import org.kintsugi.core.internal.referral.ReferralTerms;

/** Body of {@code POST /api/cases/{id}/consents}. */
public final class ConsentRequest {
    public String participantId;
    public CaseTerms.ConsentPurpose purpose;
    /** For SHARE_WITH_ORGANISATION. */
    public String organisationId;
    /** For CONTACT_METHOD. */
    public ReferralTerms.ContactMethod contactMethod;
    /** The version of the consent wording the participant was shown. */
    public String wordingVersion;
    /** What the participant was told (stored encrypted). */
    public String informationGiven;
    /** Must be true: nobody may be offered an incentive to take part. */
    public Boolean noIncentiveOffered;
}
