package org.kintsugi.core.internal.referral;

/** The vocabulary of a referral (domain.md, "Referrals"). */
public final class ReferralTerms {
    private ReferralTerms() {
    }

    public enum Source {
        SELF, RAPE_AND_SEXUAL_ABUSE_CENTRE, PROBATION_VICTIM_LIAISON, PRISON_OFFENDER_MANAGER,
        COMMUNITY_OFFENDER_MANAGER, POLICE, CARE_COORDINATOR, SCHOOL, WORKPLACE, OTHER
    }

    public enum LedBy { PERSON_HARMED, PERSON_RESPONSIBLE }

    public enum Recency { RECENT, NON_RECENT }

    public enum SentenceStage { PRE_SENTENCE, POST_SENTENCE, NOT_APPLICABLE }

    public enum OffenceCategory {
        SEXUAL_VIOLENCE, DOMESTIC_ABUSE, VIOLENCE, HATE_CRIME, ROBBERY_OR_BURGLARY, PROPERTY, ROAD_TRAFFIC, OTHER
    }

    public enum ContactMethod { PHONE, TEXT_MESSAGE, VOICEMAIL, EMAIL, POST, HOME_ADDRESS, VIA_REFERRER, OTHER }

    public enum Status { RECEIVED, ACCEPTED, DECLINED }
}
