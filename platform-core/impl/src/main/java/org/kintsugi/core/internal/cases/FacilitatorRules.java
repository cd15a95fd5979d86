package org.kintsugi.core.internal.cases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.internal.people.PractitionerProfile;
import org.kintsugi.core.internal.referral.ReferralTerms;

/**
 * Who may facilitate (domain.md: supervision at least every 12 weeks, observed practice yearly), and
 * what a case's facilitation still lacks (special-risk cases: two facilitators, one specialist-trained).
 */
public final class FacilitatorRules {
    static final int SUPERVISION_WEEKS = 12;

    private FacilitatorRules() {
    }

    static void requireCurrent(PractitionerProfile profile, LocalDate today) {
        if (profile.getLastSupervisionOn() == null
                || profile.getLastSupervisionOn().isBefore(today.minusWeeks(SUPERVISION_WEEKS))) {
            throw ProblemException.conflict("supervision-lapsed", "This practitioner's last supervision was "
                    + (profile.getLastSupervisionOn() == null ? "never recorded" : "on " + profile.getLastSupervisionOn())
                    + "; practitioners need supervision at least every " + SUPERVISION_WEEKS + " weeks to facilitate.");
        }
        if (profile.getLastObservedPracticeOn() == null
                || ChronoUnit.DAYS.between(profile.getLastObservedPracticeOn(), today) > 366) {
            throw ProblemException.conflict("observation-lapsed", "This practitioner's practice was last observed "
                    + (profile.getLastObservedPracticeOn() == null ? "never" : "on " + profile.getLastObservedPracticeOn())
                    + "; observed practice is needed every year to facilitate.");
        }
    }

    /** Empty when facilitation is complete for this case. */
    public static List<String> gaps(EntityManager em, CaseRecord record) {
        return gaps(record, em.createQuery("select pp from PractitionerProfile pp where pp.userId in (select p.userId from "
                + "CaseParticipant p where p.caseId = :case and p.role = :role)", PractitionerProfile.class)
                .setParameter("case", record.getId()).setParameter("role", ParticipantRole.FACILITATOR)
                .getResultList());
    }

    static List<String> gaps(CaseRecord record, List<PractitionerProfile> facilitators) {
        List<String> gaps = new ArrayList<>();
        if (facilitators.isEmpty()) {
            gaps.add("No facilitator is allocated.");
        }
        if (!record.isSpecialRisk()) {
            return gaps;
        }
        if (facilitators.size() < 2) {
            gaps.add("Sexual harm and domestic abuse cases need two facilitators.");
        }
        boolean sexualHarm = record.getOffenceCategory() == ReferralTerms.OffenceCategory.SEXUAL_VIOLENCE;
        boolean specialist = facilitators.stream()
                .anyMatch(p -> sexualHarm ? p.isSexualHarmTrained() : p.isDomesticAbuseTrained());
        if (!specialist) {
            gaps.add("At least one facilitator needs " + (sexualHarm ? "sexual harm" : "domestic abuse") + " training.");
        }
        return gaps;
    }
}
