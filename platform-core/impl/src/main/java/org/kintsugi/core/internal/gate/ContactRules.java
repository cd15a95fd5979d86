package org.kintsugi.core.internal.gate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;

import org.kintsugi.core.api.cases.CaseHold;
import org.kintsugi.core.api.cases.CaseStage;
import org.kintsugi.core.internal.assessment.AssessmentRecords;
import org.kintsugi.core.internal.assessment.AssessmentRules;
import org.kintsugi.core.internal.assessment.AssessmentTerms;
import org.kintsugi.core.internal.assessment.SupervisionDecision;
import org.kintsugi.core.internal.cases.CaseGuards;
import org.kintsugi.core.internal.cases.CaseParticipant;
import org.kintsugi.core.internal.cases.CaseRecord;
import org.kintsugi.core.internal.cases.CaseTerms;
import org.kintsugi.core.internal.cases.ConsentLedger;
import org.kintsugi.core.internal.cases.FacilitatorRules;
import org.kintsugi.core.spi.cases.ContactKind;
import org.kintsugi.core.spi.cases.ContactRefusal;

/**
 * The hard rules of domain.md, in the order a practitioner would fix them. Every rule that stops
 * contact is reported, not just the first, so a screen can show all that is missing at once.
 */
public final class ContactRules {
    /** Contact between the parties belongs to delivery and what follows it. */
    static final Set<CaseStage> CONTACT_STAGES = EnumSet.of(CaseStage.DELIVERY, CaseStage.OUTCOME,
            CaseStage.AFTER_CARE);

    private ContactRules() {
    }

    /** With {@code atStage} false the stage itself is not asked: used to guard the move into delivery. */
    public static List<ContactRefusal> refusals(EntityManager em, CaseRecord record, ContactKind kind, boolean atStage) {
        List<ContactRefusal> refusals = new ArrayList<>();
        if (record.getStage() == CaseStage.CLOSED) {
            refusals.add(new ContactRefusal("case-closed", "The case is closed."));
        }
        if (record.getHold() != CaseHold.NONE) {
            String hold = record.getHold().name().toLowerCase();
            refusals.add(new ContactRefusal("case-" + hold, "The case is " + hold + "."));
        }
        if (atStage && !CONTACT_STAGES.contains(record.getStage()) && record.getStage() != CaseStage.CLOSED) {
            refusals.add(new ContactRefusal("contact-before-delivery", "Contact between the parties happens from the "
                    + "delivery stage; this case is at " + CaseGuards.label(record.getStage()) + "."));
        }
        FacilitatorRules.gaps(em, record).forEach(gap -> refusals.add(new ContactRefusal("facilitation-incomplete", gap)));
        List<CaseParticipant> participants = AssessmentRecords.participants(em, record.getId()); // read once for all rules
        AssessmentRules.unsignedAssessments(em, participants)
                .forEach(missing -> refusals.add(new ContactRefusal("assessment-not-signed-off", missing)));
        decision(em, record, kind).ifPresent(refusals::add);
        AssessmentRules.responsibilityNotAcknowledged(em, participants)
                .ifPresent(why -> refusals.add(new ContactRefusal("responsibility-not-acknowledged", why)));
        for (CaseParticipant p : participants) {
            if (AssessmentRecords.ASSESSED_FOR_CONTACT.contains(p.getRole())
                    && !ConsentLedger.hasActive(em, p.getId(), CaseTerms.ConsentPurpose.TAKE_PART, null)) {
                refusals.add(new ContactRefusal("consent-missing",
                        "The " + CaseGuards.label(p.getRole()) + " has no current consent to take part."));
            }
        }
        return refusals;
    }

    private static Optional<ContactRefusal> decision(EntityManager em, CaseRecord record, ContactKind kind) {
        Optional<SupervisionDecision> decision = AssessmentRecords.currentDecision(em, record.getId());
        if (decision.isEmpty()) {
            return Optional.of(new ContactRefusal("decision-missing",
                    "No current supervision decision: a supervisor who is not the assessor must sign one off."));
        }
        AssessmentTerms.Outcome outcome = decision.get().getOutcome();
        if (!outcome.allows(kind)) {
            return Optional.of(new ContactRefusal("decision-does-not-allow", "The supervision decision is "
                    + outcome.name().toLowerCase().replace('_', ' ') + ": it does not allow "
                    + kind.name().toLowerCase() + " contact."));
        }
        return Optional.empty();
    }
}
