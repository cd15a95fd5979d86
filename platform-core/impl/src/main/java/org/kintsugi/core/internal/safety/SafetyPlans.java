package org.kintsugi.core.internal.safety;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.internal.cases.CaseEvent;
import org.kintsugi.core.internal.cases.CaseGuards;
import org.kintsugi.core.internal.cases.CaseParticipant;
import org.kintsugi.core.internal.cases.CaseRecord;
import org.kintsugi.core.internal.cases.CaseScope;
import org.kintsugi.core.internal.cases.CaseTerms;
import org.kintsugi.core.internal.crypto.DataKeyring;
import org.kintsugi.core.internal.crypto.FieldCipher;
import org.kintsugi.core.internal.db.CoreUnit;
import org.kintsugi.core.internal.rest.JsonMapper;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A case's safety plan, versioned: the case's practitioners write a new version; a case supervisor who did not
 * write it signs that version off; each participant is shown their own part only, once it is signed off.
 */
@Component(service = SafetyPlans.class)
public class SafetyPlans {
    private static final ObjectMapper JSON = JsonMapper.create();

    private final JpaTemplate jpa;
    private final FieldCipher cipher;

    @Activate
    public SafetyPlans(@Reference(target = CoreUnit.READY) JpaTemplate jpa, @Reference DataKeyring keys) {
        this.jpa = jpa;
        this.cipher = keys.cipher();
    }

    public SafetyPlanView current(Caller caller, String caseId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseScope.findVisible(em, caller, caseId);
            SafetyPlanRow row = latest(em, caseId).orElseThrow(ProblemException::notFound);
            return new SafetyPlanView(row, open(row));
        });
    }

    public SafetyPlanView write(Caller caller, String caseId, SafetyPlanRequests.Plan plan) {
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseRecord record = CaseScope.lockVisible(em, caller, caseId);
            if (!CaseScope.practises(em, caller, record)) {
                throw ProblemException.forbidden("Only the case's facilitators and their supervisors write its safety plan.");
            }
            CaseGuards.requireActive(record);
            Map<String, ParticipantRole> roles = em.createQuery("select p from CaseParticipant p where p.caseId = :case "
                    + "and p.role <> :facilitator", CaseParticipant.class).setParameter("case", caseId)
                    .setParameter("facilitator", ParticipantRole.FACILITATOR).getResultList().stream()
                    .collect(Collectors.toMap(CaseParticipant::getId, CaseParticipant::getRole));
            List<FieldProblem> problems = SafetyPlanRules.problems(plan, roles);
            if (!problems.isEmpty()) {
                throw ProblemException.invalid(problems);
            }
            int version = latest(em, caseId).map(SafetyPlanRow::getPlanVersion).orElse(0) + 1;
            Instant now = Instant.now();
            SafetyPlanRow row = new SafetyPlanRow(UUID.randomUUID().toString(), caseId, version, caller.getName(), now);
            row.seal(cipher.encrypt(write(plan.parts), row.getId(), "parts"));
            em.persist(row);
            CaseEvent.record(em, caseId, caller.getName(), now, CaseTerms.EventKind.SAFETY_PLAN_WRITTEN,
                    "Safety plan written: version " + version, Map.of("version", String.valueOf(version)));
            return new SafetyPlanView(row, plan.parts);
        });
    }

    /** Signs off {@code version}, if it is still the current one; never by whoever wrote it. */
    public SafetyPlanView signOff(Caller caller, String caseId, Integer version) {
        if (version == null) {
            throw ProblemException.invalid(FieldProblem.required("version"));
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseRecord record = CaseScope.lockVisible(em, caller, caseId);
            if (!caller.hasRole(Role.CASE_SUPERVISOR) || !CaseScope.practises(em, caller, record)) {
                throw ProblemException.forbidden("Only a case supervisor of this case signs its safety plan off.");
            }
            CaseGuards.requireActive(record);
            SafetyPlanRow row = latest(em, caseId).orElseThrow(ProblemException::notFound);
            if (row.getPlanVersion() != version) {
                throw ProblemException.conflict("safety-plan-changed", "Version " + row.getPlanVersion()
                        + " of the plan was written since; read it before signing it off.");
            }
            if (row.getSignedOffAt() != null) {
                throw ProblemException.conflict("safety-plan-signed-off", "This version is signed off already.");
            }
            if (row.getWrittenBy().equals(caller.getName())) {
                throw ProblemException.conflict("safety-plan-own", "Whoever wrote a plan does not sign it off.");
            }
            Instant now = Instant.now();
            row.signOff(caller.getName(), now);
            CaseEvent.record(em, caseId, caller.getName(), now, CaseTerms.EventKind.SAFETY_PLAN_SIGNED_OFF,
                    "Safety plan signed off: version " + version, Map.of("version", String.valueOf(version)));
            return new SafetyPlanView(row, open(row));
        });
    }

    /** The participant's own part of the current plan, once signed off: what their view shows, and nothing else. */
    public Optional<SafetyPlanRequests.Part> partOf(EntityManager em, String caseId, String participantId) {
        return latest(em, caseId).filter(row -> row.getSignedOffAt() != null)
                .flatMap(row -> open(row).stream().filter(p -> participantId.equals(p.participantId)).findFirst());
    }

    /** Whom the current plan has a part for, when that version is signed off; empty while it is not. */
    public Optional<Set<String>> signedOffParts(EntityManager em, String caseId) {
        return latest(em, caseId).filter(row -> row.getSignedOffAt() != null)
                .map(row -> open(row).stream().map(p -> p.participantId).collect(Collectors.toSet()));
    }

    private static Optional<SafetyPlanRow> latest(EntityManager em, String caseId) {
        return em.createQuery("select s from SafetyPlanRow s where s.caseId = :case order by s.planVersion desc",
                SafetyPlanRow.class).setParameter("case", caseId).setMaxResults(1).getResultList().stream().findFirst();
    }

    private List<SafetyPlanRequests.Part> open(SafetyPlanRow row) {
        try {
            return Arrays.asList(JSON.readValue(cipher.decrypt(row.getPartsSealed(), row.getId(), "parts"),
                    SafetyPlanRequests.Part[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored safety plan is not readable", e);
        }
    }

    private static String write(List<SafetyPlanRequests.Part> parts) {
        try {
            return JSON.writeValueAsString(parts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
