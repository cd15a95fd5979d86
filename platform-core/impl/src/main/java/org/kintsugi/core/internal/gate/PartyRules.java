package org.kintsugi.core.internal.gate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.internal.assessment.Assessment;
import org.kintsugi.core.internal.assessment.AssessmentRecords;
import org.kintsugi.core.internal.assessment.AssessmentRules;
import org.kintsugi.core.internal.assessment.AssessmentTerms;
import org.kintsugi.core.internal.assessment.SupervisionDecision;
import org.kintsugi.core.internal.cases.CaseGuards;
import org.kintsugi.core.internal.cases.CaseParticipant;
import org.kintsugi.core.internal.cases.CaseTerms;
import org.kintsugi.core.internal.cases.ConsentLedger;
import org.kintsugi.core.spi.cases.ContactRefusal;

/**
 * The rules each person must meet before contact, one refusal per person so that with several people
 * harmed or responsible a screen can say whose consent or assessment is missing. Reasons name the role,
 * never the person; the refusal carries the participant id for screens that may show names. The case's
 * assessments are read once ({@link #assessmentsOf}) and asked of by each rule.
 */
final class PartyRules {
    private PartyRules() {
    }

    /** The case's assessments by participant, one query for every rule and person. */
    static Map<String, Assessment> assessmentsOf(EntityManager em, String caseId) {
        return AssessmentRecords.ofCase(em, caseId).stream()
                .collect(Collectors.toMap(Assessment::getParticipantId, a -> a, (a, b) -> a));
    }

    static void assessment(Map<String, Assessment> assessed, CaseParticipant p, List<ContactRefusal> refusals) {
        Assessment a = assessed.get(p.getId());
        if (AssessmentRecords.ASSESSED_FOR_CONTACT.contains(p.getRole())
                && (a == null || a.getStatus() != AssessmentTerms.Status.SIGNED_OFF)) {
            refusals.add(new ContactRefusal("assessment-not-signed-off", "The " + CaseGuards.label(p.getRole())
                    + "'s assessment is not signed off by a supervisor.", p.getId()));
        }
    }

    /**
     * A person harmed or responsible assessed after the current decision was taken (someone who joined
     * later) was not part of what the supervisor decided: the decision is taken again first.
     */
    static void decidedAfter(Map<String, Assessment> assessed, CaseParticipant p, Optional<SupervisionDecision> decision,
            List<ContactRefusal> refusals) {
        if (decision.isEmpty() || (p.getRole() != ParticipantRole.PERSON_HARMED && p.getRole() != ParticipantRole.PERSON_RESPONSIBLE)) {
            return;
        }
        Instant signedOff = assessed.containsKey(p.getId()) ? assessed.get(p.getId()).getSignedOffAt() : null;
        if (signedOff != null && signedOff.isAfter(decision.get().getDecidedAt())) {
            refusals.add(new ContactRefusal("decision-predates-assessment", "The supervision decision was taken "
                    + "before the " + CaseGuards.label(p.getRole()) + "'s assessment was signed off: a supervisor "
                    + "decides again.", p.getId()));
        }
    }

    static void acknowledgement(EntityManager em, Map<String, Assessment> assessed, CaseParticipant p,
            List<ContactRefusal> refusals) {
        if (p.getRole() == ParticipantRole.PERSON_RESPONSIBLE
                && !AssessmentRules.acknowledged(em, Optional.ofNullable(assessed.get(p.getId())))) {
            refusals.add(new ContactRefusal("responsibility-not-acknowledged", "The person responsible has not "
                    + "acknowledged responsibility (rated strong or adequate in a signed-off assessment).", p.getId()));
        }
    }

    static Optional<ContactRefusal> consent(EntityManager em, CaseParticipant p) {
        if (ConsentLedger.hasActive(em, p.getId(), CaseTerms.ConsentPurpose.TAKE_PART, null)) {
            return Optional.empty();
        }
        return Optional.of(new ContactRefusal("consent-missing",
                "The " + CaseGuards.label(p.getRole()) + " has no current consent to take part.", p.getId()));
    }
}
