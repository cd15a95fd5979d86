package org.kintsugi.core.internal.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.internal.assessment.AssessmentRecords;
import org.kintsugi.core.internal.assessment.AssessmentTerms;
import org.kintsugi.core.internal.assessment.SupervisionDecision;
import org.kintsugi.core.internal.cases.CaseEvent;
import org.kintsugi.core.internal.cases.CaseGuards;
import org.kintsugi.core.internal.cases.CaseParticipant;
import org.kintsugi.core.internal.cases.CaseRecord;
import org.kintsugi.core.internal.cases.CaseScope;
import org.kintsugi.core.internal.cases.CaseTerms;
import org.kintsugi.core.internal.db.CoreUnit;
import org.kintsugi.core.spi.cases.AttendeeApprovals;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Survivor-only meetings' approved attendees, kept by the core so every meeting-based module shares them. */
@Component(service = AttendeeApprovals.class)
public class CoreAttendeeApprovals implements AttendeeApprovals {
    static final int KEY_LENGTH = 120;
    private final JpaTemplate jpa;

    @Activate
    public CoreAttendeeApprovals(@Reference(target = CoreUnit.READY) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public Set<String> approve(Caller caller, String caseId, String meetingKey, Set<String> participantIds) {
        if (meetingKey == null || meetingKey.isBlank() || meetingKey.length() > KEY_LENGTH) {
            throw new IllegalArgumentException("a meeting key of 1 to " + KEY_LENGTH + " characters is required");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseRecord record = CaseScope.lockVisible(em, caller, caseId);
            if (!caller.hasRole(Role.CASE_SUPERVISOR) || !CaseScope.practises(em, caller, record)) {
                throw ProblemException.forbidden("Only a case supervisor of this case approves who attends a meeting.");
            }
            CaseGuards.requireActive(record);
            SupervisionDecision decision = AssessmentRecords.currentDecision(em, caseId)
                    .filter(d -> d.getOutcome() == AssessmentTerms.Outcome.SURVIVOR_ONLY)
                    .orElseThrow(() -> ProblemException.conflict("decision-not-survivor-only", "Attendees are approved "
                            + "meeting by meeting under a survivor-only decision; this case has none."));
            Set<String> approved = validated(em, caseId, participantIds);
            Instant now = Instant.now();
            em.createQuery("delete from AttendeeApprovalRow a where a.caseId = :case and a.meetingKey = :key")
                    .setParameter("case", caseId).setParameter("key", meetingKey).executeUpdate();
            for (String participantId : approved) {
                em.persist(new AttendeeApprovalRow(UUID.randomUUID().toString(), caseId, meetingKey, participantId,
                        decision.getId(), caller.getName(), now));
            }
            CaseEvent.record(em, caseId, caller.getName(), now, CaseTerms.EventKind.ATTENDEES_APPROVED,
                    "Attendees approved for a meeting: " + approved.size(),
                    Map.of("count", String.valueOf(approved.size())));
            return approved;
        });
    }

    @Override
    public Set<String> approved(String caseId, String meetingKey) {
        return jpa.txExpr(TransactionType.Required, em -> approvedNow(em, caseId, meetingKey));
    }

    /** Approvals given under the current decision only: a new decision asks for them again. */
    public static Set<String> approvedNow(EntityManager em, String caseId, String meetingKey) {
        return new TreeSet<>(em.createQuery("select a.participantId from AttendeeApprovalRow a where a.caseId = :case "
                + "and a.meetingKey = :key and a.decisionId = (select d.id from SupervisionDecision d "
                + "where d.caseId = :case and d.supersededAt is null)", String.class)
                .setParameter("case", caseId).setParameter("key", meetingKey).getResultList());
    }

    private static Set<String> validated(EntityManager em, String caseId, Set<String> participantIds) {
        if (participantIds == null || participantIds.isEmpty()) {
            throw ProblemException.invalid(new FieldProblem("participantIds", "name at least one participant", "attendees-required"));
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (String id : participantIds) {
            CaseParticipant p = id == null ? null : em.find(CaseParticipant.class, id);
            if (p == null || !p.getCaseId().equals(caseId) || p.getRole() == ParticipantRole.FACILITATOR) {
                problems.add(new FieldProblem("participantIds", "must be participants of this case", "not-a-participant"));
            } else if (p.getRole() == ParticipantRole.PERSON_RESPONSIBLE) {
                problems.add(new FieldProblem("participantIds", "a person responsible never attends survivor-only work",
                        "responsible-under-survivor-only"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems.subList(0, 1));
        }
        return new TreeSet<>(participantIds);
    }
}
