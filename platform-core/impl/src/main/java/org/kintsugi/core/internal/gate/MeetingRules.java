package org.kintsugi.core.internal.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import javax.persistence.EntityManager;

import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.internal.assessment.Assessment;
import org.kintsugi.core.internal.assessment.AssessmentRecords;
import org.kintsugi.core.internal.assessment.AssessmentTerms;
import org.kintsugi.core.internal.assessment.SupervisionDecision;
import org.kintsugi.core.internal.cases.CaseParticipant;
import org.kintsugi.core.internal.cases.CaseRecord;
import org.kintsugi.core.internal.meetings.CoreAttendeeApprovals;
import org.kintsugi.core.spi.cases.ContactKind;
import org.kintsugi.core.spi.cases.ContactRefusal;
import org.kintsugi.core.spi.cases.MeetingAttendance;

/**
 * The contact gate for one meeting, judged person by person: the case's own rules, then each attendee's,
 * in the order a practitioner would fix them. Who is not attending does not hold the meeting back; who is
 * attending is held to every rule, and a person responsible to the strictest.
 */
final class MeetingRules {
    private MeetingRules() {
    }

    /**
     * {@code safetyPlanParts}: whom the signed-off safety plan covers, empty when it is not signed off; asked only
     * when a person responsible attends (it opens the sealed plan).
     */
    static List<ContactRefusal> refusals(EntityManager em, CaseRecord record, MeetingAttendance meeting,
            Supplier<Optional<Set<String>>> safetyPlanParts) {
        List<ContactRefusal> refusals = ContactRules.caseRefusals(em, record, true);
        List<CaseParticipant> attendees = attendees(em, record, meeting, refusals);
        Map<String, Assessment> assessed = PartyRules.assessmentsOf(em, record.getId());
        attendees.forEach(p -> PartyRules.assessment(assessed, p, refusals));
        Optional<SupervisionDecision> current = AssessmentRecords.currentDecision(em, record.getId());
        decision(em, record, meeting, current, attendees, refusals);
        attendees.forEach(p -> PartyRules.decidedAfter(assessed, p, current, refusals));
        attendees.forEach(p -> PartyRules.acknowledgement(em, assessed, p, refusals));
        if (attendees.stream().anyMatch(MeetingRules::responsible)) {
            safetyPlan(attendees, safetyPlanParts.get(), refusals);
        }
        attendees.forEach(p -> PartyRules.consent(em, p).ifPresent(refusals::add));
        return refusals;
    }

    private static List<CaseParticipant> attendees(EntityManager em, CaseRecord record, MeetingAttendance meeting,
            List<ContactRefusal> refusals) {
        if (meeting.attendees().isEmpty()) {
            refusals.add(new ContactRefusal("attendees-required", "A meeting needs at least one attendee."));
        }
        List<CaseParticipant> found = new ArrayList<>();
        for (String id : new TreeSet<>(meeting.attendees())) {
            CaseParticipant p = em.find(CaseParticipant.class, id);
            if (p == null || !p.getCaseId().equals(record.getId()) || p.getRole() == ParticipantRole.FACILITATOR) {
                refusals.add(new ContactRefusal("not-a-participant",
                        "An attendee is not a participant of this case.", id));
            } else {
                found.add(p);
            }
        }
        return found;
    }

    private static void decision(EntityManager em, CaseRecord record, MeetingAttendance meeting,
            Optional<SupervisionDecision> decision, List<CaseParticipant> attendees, List<ContactRefusal> refusals) {
        if (decision.isEmpty() || decision.get().getOutcome() != AssessmentTerms.Outcome.SURVIVOR_ONLY) {
            ContactRules.decision(decision, ContactKind.DIRECT).ifPresent(refusals::add);
            return;
        }
        Set<String> approved = CoreAttendeeApprovals.approvedNow(em, record.getId(), meeting.meetingKey());
        for (CaseParticipant p : attendees) {
            if (responsible(p)) {
                refusals.add(new ContactRefusal("responsible-under-survivor-only", "The decision is survivor-only "
                        + "work: the person responsible does not attend.", p.getId()));
            } else if (!approved.contains(p.getId())) {
                refusals.add(new ContactRefusal("attendee-not-approved", "Under a survivor-only decision, the case "
                        + "supervisor approves each attendee of this meeting; this one is not approved.", p.getId()));
            }
        }
    }

    private static void safetyPlan(List<CaseParticipant> attendees, Optional<Set<String>> parts,
            List<ContactRefusal> refusals) {
        if (parts.isEmpty()) {
            refusals.add(new ContactRefusal("safety-plan-not-signed-off", "With the person responsible attending, "
                    + "the case's safety plan must be signed off by a case supervisor."));
            return;
        }
        for (CaseParticipant p : attendees) {
            if ((responsible(p) || p.getRole() == ParticipantRole.PERSON_HARMED) && !parts.get().contains(p.getId())) {
                refusals.add(new ContactRefusal("safety-plan-part-missing", "The signed-off safety plan has no "
                        + "arrival and departure for this attendee.", p.getId()));
            }
        }
    }

    private static boolean responsible(CaseParticipant p) {
        return p.getRole() == ParticipantRole.PERSON_RESPONSIBLE;
    }
}
