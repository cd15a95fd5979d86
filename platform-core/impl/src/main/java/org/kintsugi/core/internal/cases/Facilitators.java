package org.kintsugi.core.internal.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.kintsugi.core.internal.db.CoreUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.internal.people.PractitionerProfile;
import org.kintsugi.core.internal.security.UserAccount;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Hub staff allocate and remove a case's facilitators; the allocated practitioner then sees the case. */
@Component(service = Facilitators.class)
public class Facilitators {
    private final JpaTemplate jpa;
    private final CaseService cases;

    @Activate
    public Facilitators(@Reference(target = CoreUnit.READY) JpaTemplate jpa,
            @Reference CaseService cases) {
        this.jpa = jpa;
        this.cases = cases;
    }

    public CaseViews.Detail allocate(Caller caller, String caseId, String userId, boolean chosenByPersonHarmed) {
        jpa.tx(TransactionType.Required, em -> {
            CaseRecord record = lockForHubStaff(em, caller, caseId);
            if (record.takesNoNewWork()) {
                throw ProblemException.conflict("case-stopped", "Facilitators are not allocated to a stopped or closed case.");
            }
            UserAccount user = userId == null ? null : em.find(UserAccount.class, userId);
            if (user == null || !user.isEnabled() || !user.getRegions().contains(record.getRegionCode())
                    || !(user.getRoles().contains(Role.PRACTITIONER) || user.getRoles().contains(Role.CASE_SUPERVISOR))) {
                throw ProblemException.invalid(new FieldProblem("userId", "must be an active practitioner of this case's region", "not-regional-practitioner"));
            }
            PractitionerProfile profile = em.find(PractitionerProfile.class, userId);
            if (profile == null) {
                throw ProblemException.invalid(new FieldProblem("userId", "has no practitioner record", "no-practitioner-record"));
            }
            FacilitatorRules.requireCurrent(profile, LocalDate.now(ZoneOffset.UTC));
            boolean already = !em.createQuery("select p.id from CaseParticipant p where p.caseId = :case and "
                    + "p.userId = :user and p.role = :role").setParameter("case", caseId).setParameter("user", userId)
                    .setParameter("role", ParticipantRole.FACILITATOR).getResultList().isEmpty();
            if (already) {
                throw ProblemException.conflict("already-allocated", "This practitioner already facilitates the case.");
            }
            Instant now = Instant.now();
            CaseParticipant facilitator = new CaseParticipant(UUID.randomUUID().toString(), caseId,
                    ParticipantRole.FACILITATOR, userId, now);
            facilitator.chosenByPersonHarmed(chosenByPersonHarmed);
            em.persist(facilitator);
            CaseEvent.record(em, caseId, caller.getName(), now,
                    CaseTerms.EventKind.FACILITATOR_ALLOCATED, "Facilitator allocated: " + user.getUsername()
                    + (chosenByPersonHarmed ? " (chosen by the person harmed)" : ""),
                    chosenByPersonHarmed ? Map.of("facilitator", user.getUsername(), "variant", "chosen")
                            : Map.of("facilitator", user.getUsername()));
        });
        return cases.get(caller, caseId);
    }

    public CaseViews.Detail remove(Caller caller, String caseId, String participantId) {
        jpa.tx(TransactionType.Required, em -> {
            lockForHubStaff(em, caller, caseId);
            CaseParticipant facilitator = em.find(CaseParticipant.class, participantId);
            if (facilitator == null || !facilitator.getCaseId().equals(caseId)
                    || facilitator.getRole() != ParticipantRole.FACILITATOR) {
                throw ProblemException.notFound();
            }
            em.remove(facilitator);
            CaseEvent.record(em, caseId, caller.getName(), Instant.now(),
                    CaseTerms.EventKind.FACILITATOR_REMOVED, "A facilitator was removed from the case");
        });
        return cases.get(caller, caseId);
    }

    private static CaseRecord lockForHubStaff(EntityManager em, Caller caller, String caseId) {
        CaseRecord record = CaseScope.lockVisible(em, caller, caseId);
        if (!CaseScope.hubStaff(caller, record)) {
            throw ProblemException.forbidden("Only the region's hub staff allocate facilitators.");
        }
        return record;
    }
}
