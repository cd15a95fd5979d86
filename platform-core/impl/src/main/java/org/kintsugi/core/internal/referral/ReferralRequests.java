package org.kintsugi.core.internal.referral;

import java.util.List;
import java.util.Set;

/** JSON bodies of {@code /api/referrals}. */
public final class ReferralRequests {
    private ReferralRequests() {
    }

    public static final class NewReferral {
        public String region;
        public ReferralTerms.Source source;
        public ReferralTerms.LedBy ledBy;
        public boolean criminalJustice;
        public ReferralTerms.Recency recency;
        public ReferralTerms.SentenceStage sentenceStage;
        public ReferralTerms.OffenceCategory offenceCategory;
        /** Optional. */
        public String crimeReference;
        public Party personHarmed;
        /** Optional: storytelling and some circles have none. */
        public Party personResponsible;
    }

    /** How to reach a party safely, and the ways that must never be used. Stored encrypted. */
    public static final class Party {
        public String name;
        public List<ContactWay> safeContact;
        public Set<ReferralTerms.ContactMethod> neverUse;
    }

    public static final class ContactWay {
        public ReferralTerms.ContactMethod method;
        public String value;
        /** e.g. "weekdays after 6pm only". */
        public String notes;
    }

    public static final class Policy {
        public Set<ReferralTerms.OffenceCategory> refuseResponsibleLedFor;
    }
}
