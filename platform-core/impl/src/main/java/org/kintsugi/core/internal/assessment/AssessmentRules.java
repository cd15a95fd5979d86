package org.kintsugi.core.internal.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.kintsugi.core.internal.cases.CaseGuards;
import org.kintsugi.core.internal.cases.CaseParticipant;

/** What the stage guards and the contact gate ask of assessments. */
public final class AssessmentRules {
    private AssessmentRules() {
    }

    /** One sentence per party whose assessment is not signed off; empty when all are. */
    public static List<String> unsignedAssessments(EntityManager em, String caseId) {
        return unsignedAssessments(em, AssessmentRecords.participants(em, caseId));
    }

    /** As above, for participants the caller has already loaded. */
    public static List<String> unsignedAssessments(EntityManager em, List<CaseParticipant> participants) {
        List<String> missing = new ArrayList<>();
        for (CaseParticipant p : participants) {
            if (AssessmentRecords.ASSESSED_FOR_CONTACT.contains(p.getRole()) && !signedOff(em, p)) {
                missing.add("The " + CaseGuards.label(p.getRole()) + "'s assessment is not signed off by a supervisor.");
            }
        }
        return missing;
    }

    /** Whether this person responsible acknowledged responsibility, as rated in their signed-off assessment. */
    public static boolean acknowledged(EntityManager em, CaseParticipant responsible) {
        return acknowledged(em, AssessmentRecords.of(em, responsible.getId()));
    }

    /** As above, for an assessment the caller has already read. */
    public static boolean acknowledged(EntityManager em, Optional<Assessment> assessment) {
        return assessment.filter(a -> a.getStatus() == AssessmentTerms.Status.SIGNED_OFF)
                .map(a -> AssessmentRecords.ratings(em, a.getId()).stream().anyMatch(r ->
                        r.getFactor() == AssessmentTerms.Factor.ACKNOWLEDGEMENT_OF_RESPONSIBILITY
                        && r.getRating().sufficient()))
                .orElse(false);
    }

    public static boolean signedOff(EntityManager em, CaseParticipant participant) {
        return AssessmentRecords.of(em, participant.getId())
                .map(a -> a.getStatus() == AssessmentTerms.Status.SIGNED_OFF).orElse(false);
    }
}
