package org.kintsugi.core.internal.gate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.internal.assessment.Assessment;
import org.kintsugi.core.internal.assessment.AssessmentRecords;
import org.kintsugi.core.internal.assessment.AssessmentRules;
import org.kintsugi.core.internal.assessment.SupervisionDecision;
import org.kintsugi.core.internal.cases.CaseGuards;
import org.kintsugi.core.internal.cases.CaseParticipant;
import org.kintsugi.core.internal.cases.CaseTerms;
import org.kintsugi.core.internal.cases.ConsentLedger;
import org.kintsugi.core.spi.cases.ContactRefusal;

/**
 * The rules each person must meet before contact, one refusal per person so that with several people
 * harmed or responsible a screen can say whose consent or assessment is missing. Reasons name the role,
 * never the person; the refusal carries the participant id for screens that may show names.
 */
final class PartyRules {
    private PartyRules() {
    }

    static void assessment(EntityManager em, CaseParticipant p, List<ContactRefusal> refusals) {
        if (AssessmentRecords.ASSESSED_FOR_CONTACT.contains(p.getRole()) && !AssessmentRules.signedOff(em, p)) {
            refusals.add(new ContactRefusal("assessment-not-signed-off", "The " + CaseGuards.label(p.getRole())
                    + "'s assessment is not signed off by a supervisor.", p.getId()));
        }
    }

    /**
     * A person harmed or responsible assessed after the current decision was taken (someone who joined
     * later) was not part of what the supervisor decided: the decision is taken again first.
     */
    static void decidedAfter(EntityManager em, CaseParticipant p, Optional<SupervisionDecision> decision,
            List<ContactRefusal> refusals) {
        if (decision.isEmpty() || (p.getRole() != ParticipantRole.PERSON_HARMED && p.getRole() != ParticipantRole.PERSON_RESPONSIBLE)) {
            return;
        }
        Instant signedOff = AssessmentRecords.of(em, p.getId()).map(Assessment::getSignedOffAt).orElse(null);
        if (signedOff != null && signedOff.isAfter(decision.get().getDecidedAt())) {
            refusals.add(new ContactRefusal("decision-predates-assessment", "The supervision decision was taken "
                    + "before the " + CaseGuards.label(p.getRole()) + "'s assessment was signed off: a supervisor "
                    + "decides again.", p.getId()));
        }
    }

    static void acknowledgement(EntityManager em, CaseParticipant p, List<ContactRefusal> refusals) {
        if (p.getRole() == ParticipantRole.PERSON_RESPONSIBLE && !AssessmentRules.acknowledged(em, p)) {
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
