package org.kintsugi.core.internal.lifecycle;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.kintsugi.core.api.cases.CaseHold;
import org.kintsugi.core.api.cases.CaseStage;
import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.problem.ProblemException;
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
import org.kintsugi.core.internal.gate.ContactRules;
import org.kintsugi.core.spi.cases.ContactKind;
import org.kintsugi.core.spi.cases.ContactRefusal;

/** What must be true before a case moves on to its next stage; a refusal is a 409 naming the rule. */
final class StageRules {
    private StageRules() {
    }

    static void check(EntityManager em, CaseRecord record, CaseStage next) {
        CaseGuards.requireActive(record);
        CaseStage current = record.getStage();
        if (next == CaseStage.CLOSED) {
            throw ProblemException.conflict("close-with-reason", "A case is closed with a reason, not moved to closed.");
        }
        if (next.ordinal() != current.ordinal() + 1) {
            throw ProblemException.conflict("stage-order", "Stages move forward one at a time: after "
                    + CaseGuards.label(current) + " comes " + CaseGuards.label(CaseStage.values()[current.ordinal() + 1])
                    + ". New risk information returns a case to assessment.");
        }
        if (record.getHold() == CaseHold.PAUSED) {
            throw ProblemException.conflict("case-paused", "The case is paused: the person harmed sets the pace.");
        }
        switch (next) {
            case FIRST_CONTACT:
                require(FacilitatorRules.gaps(em, record).stream().noneMatch(g -> g.startsWith("No facilitator")),
                        "facilitator-missing", "Allocate a facilitator before first contact.");
                break;
            case CONSENT:
                require(TaskRules.firstContactDone(em, record.getId()), "first-contact-not-recorded",
                        "Record the first contact (its task) before moving to consent.");
                break;
            case ASSESSMENT:
                requireNone(FacilitatorRules.gaps(em, record), "facilitation-incomplete");
                require(personHarmedTakesPart(em, record), "consent-missing",
                        "The person harmed has no current consent to take part.");
                break;
            case DECISION:
                requireNone(AssessmentRules.unsignedAssessments(em, record.getId()), "assessment-not-signed-off");
                break;
            case PREPARATION:
                Optional<SupervisionDecision> decision = AssessmentRecords.currentDecision(em, record.getId());
                require(decision.isPresent(), "decision-missing", "No current supervision decision.");
                require(decision.get().getOutcome() != AssessmentTerms.Outcome.NOT_SUITABLE, "decision-not-suitable",
                        "The supervision decision is not suitable: close the case or offer other support.");
                break;
            case DELIVERY:
                requireContactAllowed(em, record);
                break;
            default:
                break;
        }
    }

    /** Into delivery only if the contact the decision allows could happen, stage apart. */
    private static void requireContactAllowed(EntityManager em, CaseRecord record) {
        AssessmentTerms.Outcome outcome = AssessmentRecords.currentDecision(em, record.getId())
                .map(SupervisionDecision::getOutcome).orElse(AssessmentTerms.Outcome.NOT_SUITABLE);
        if (outcome == AssessmentTerms.Outcome.SURVIVOR_ONLY) {
            return;
        }
        ContactKind kind = outcome == AssessmentTerms.Outcome.DIRECT_CONTACT ? ContactKind.DIRECT : ContactKind.INDIRECT;
        List<ContactRefusal> refusals = ContactRules.refusals(em, record, kind, false);
        if (!refusals.isEmpty()) {
            throw ProblemException.conflict(refusals.get(0).rule(), refusals.stream().map(ContactRefusal::reason)
                    .collect(Collectors.joining(" ")));
        }
    }

    private static boolean personHarmedTakesPart(EntityManager em, CaseRecord record) {
        return AssessmentRecords.participants(em, record.getId()).stream()
                .filter(p -> p.getRole() == ParticipantRole.PERSON_HARMED).map(CaseParticipant::getId)
                .allMatch(id -> ConsentLedger.hasActive(em, id, CaseTerms.ConsentPurpose.TAKE_PART, null));
    }

    private static void require(boolean condition, String rule, String detail) {
        if (!condition) {
            throw ProblemException.conflict(rule, detail);
        }
    }

    private static void requireNone(List<String> problems, String rule) {
        if (!problems.isEmpty()) {
            throw ProblemException.conflict(rule, String.join(" ", problems));
        }
    }
}
