package org.kintsugi.core.internal.gate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;

import org.kintsugi.core.api.cases.CaseHold;
import org.kintsugi.core.api.cases.CaseStage;
import org.kintsugi.core.internal.assessment.Assessment;
import org.kintsugi.core.internal.assessment.AssessmentRecords;
import org.kintsugi.core.internal.assessment.AssessmentTerms;
import org.kintsugi.core.internal.assessment.SupervisionDecision;
import org.kintsugi.core.internal.cases.CaseGuards;
import org.kintsugi.core.internal.cases.CaseParticipant;
import org.kintsugi.core.internal.cases.CaseRecord;
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
        List<ContactRefusal> refusals = caseRefusals(em, record, atStage);
        List<CaseParticipant> participants = AssessmentRecords.participants(em, record.getId()); // read once for all rules
        Map<String, Assessment> assessed = PartyRules.assessmentsOf(em, record.getId());
        participants.forEach(p -> PartyRules.assessment(assessed, p, refusals));
        Optional<SupervisionDecision> current = AssessmentRecords.currentDecision(em, record.getId());
        decision(current, kind).ifPresent(refusals::add);
        participants.forEach(p -> PartyRules.decidedAfter(assessed, p, current, refusals));
        participants.forEach(p -> PartyRules.acknowledgement(em, assessed, p, refusals));
        for (CaseParticipant p : participants) {
            if (AssessmentRecords.ASSESSED_FOR_CONTACT.contains(p.getRole())) {
                PartyRules.consent(em, p).ifPresent(refusals::add);
            }
        }
        return refusals;
    }

    /** What stops any contact whoever takes part: closure, a hold, the stage, facilitation. */
    static List<ContactRefusal> caseRefusals(EntityManager em, CaseRecord record, boolean atStage) {
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
        return refusals;
    }

    static Optional<ContactRefusal> decision(Optional<SupervisionDecision> decision, ContactKind kind) {
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
