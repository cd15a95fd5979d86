package org.kintsugi.core.internal.referral;

import java.time.Instant;

/** What callers see of a referral: summaries never carry the parties' details. */
public final class ReferralViews {
    private ReferralViews() {
    }

    /** For lists, and for partner referrers: what was referred and where it stands. */
    public static class Summary {
        public final String id;
        public final String region;
        public final ReferralTerms.Status status;
        public final ReferralTerms.Source source;
        public final ReferralTerms.LedBy ledBy;
        public final ReferralTerms.OffenceCategory offenceCategory;
        public final boolean criminalJustice;
        public final ReferralTerms.Recency recency;
        public final ReferralTerms.SentenceStage sentenceStage;
        public final String referrerOrganisationId;
        public final Instant receivedAt;
        public final Instant decidedAt;

        Summary(Referral r) {
            this.id = r.getId();
            this.region = r.getRegionCode();
            this.status = r.getStatus();
            this.source = r.getSource();
            this.ledBy = r.getLedBy();
            this.offenceCategory = r.getOffenceCategory();
            this.criminalJustice = r.isCriminalJustice();
            this.recency = r.getRecency();
            this.sentenceStage = r.getSentenceStage();
            this.referrerOrganisationId = r.getReferrerOrgId();
            this.receivedAt = r.getCreatedAt();
            this.decidedAt = r.getDecidedAt();
        }
    }

    /** For the hub: the summary plus the decrypted details. Every read of it is audited. */
    public static final class Detail extends Summary {
        public final String crimeReference;
        public final ReferralRequests.Party personHarmed;
        public final ReferralRequests.Party personResponsible;
        public final String decidedBy;
        public final String decisionReason;

        Detail(Referral r, String crimeReference, ReferralRequests.Party harmed, ReferralRequests.Party responsible,
                String decisionReason) {
            super(r);
            this.crimeReference = crimeReference;
            this.personHarmed = harmed;
            this.personResponsible = responsible;
            this.decidedBy = r.getDecidedBy();
            this.decisionReason = decisionReason;
        }
    }
}
