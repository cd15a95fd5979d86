package org.kintsugi.core.internal.participants;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.kintsugi.core.internal.cases.CaseEvent;
import org.kintsugi.core.internal.cases.CaseGuards;
import org.kintsugi.core.internal.cases.CaseParticipant;
import org.kintsugi.core.internal.cases.CaseRecord;
import org.kintsugi.core.internal.cases.CaseScope;
import org.kintsugi.core.internal.cases.CaseService;
import org.kintsugi.core.internal.cases.CaseTerms;
import org.kintsugi.core.internal.cases.CaseViews;
import org.kintsugi.core.internal.cases.ParticipantDetails;
import org.kintsugi.core.internal.crypto.DataKeyring;
import org.kintsugi.core.internal.referral.ReferralValidation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Participants added to a running case: supporters, affected others, and further people harmed or
 * responsible ("everyone affected by a particular incident": a couple harmed together, a family). Each
 * person harmed and each person responsible then has their own assessment, consents and view.
 */
@Component(service = ParticipantService.class)
public class ParticipantService {
    private final JpaTemplate jpa;
    private final ParticipantDetails details;
    private final CaseService cases;

    @Activate
    public ParticipantService(@Reference(target = CoreUnit.READY) JpaTemplate jpa,
            @Reference DataKeyring keys, @Reference CaseService cases) {
        this.jpa = jpa;
        this.details = new ParticipantDetails(keys);
        this.cases = cases;
    }

    public CaseViews.Detail add(Caller caller, String caseId, ParticipantRequests.NewParticipant body) {
        jpa.tx(TransactionType.Required, em -> {
            CaseRecord record = CaseScope.lockVisible(em, caller, caseId);
            validate(em, record, body);
            CaseGuards.requireActive(record);
            Instant now = Instant.now();
            CaseParticipant participant = new CaseParticipant(UUID.randomUUID().toString(), caseId, body.role, null, now);
            participant.supports(body.supports);
            details.persist(em, participant, body.details);
            CaseEvent.record(em, caseId, caller.getName(), now, CaseTerms.EventKind.PARTICIPANT_ADDED,
                    "Participant added: " + CaseGuards.label(body.role), Map.of("role", body.role.name()));
        });
        return cases.get(caller, caseId);
    }

    private static void validate(EntityManager em, CaseRecord record, ParticipantRequests.NewParticipant body) {
        if (body == null) {
            throw ProblemException.invalid(FieldProblem.required("role"));
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (body.role == null || body.role == ParticipantRole.FACILITATOR) {
            problems.add(new FieldProblem("role", "must be PERSON_HARMED, PERSON_RESPONSIBLE, SUPPORTER or AFFECTED_OTHER "
                    + "(facilitators are allocated)", "participant-role"));
        }
        if (body.role == ParticipantRole.SUPPORTER) {
            CaseParticipant supported = body.supports == null ? null : em.find(CaseParticipant.class, body.supports);
            if (supported == null || !supported.getCaseId().equals(record.getId())
                    || supported.getRole() == ParticipantRole.FACILITATOR || supported.getRole() == ParticipantRole.SUPPORTER) {
                problems.add(new FieldProblem("supports", "must be the participant of this case this supporter supports", "supports-not-a-participant"));
            }
        } else if (body.supports != null) {
            problems.add(new FieldProblem("supports", "only a supporter supports someone", "supports-only-supporter"));
        }
        if (body.details == null) {
            problems.add(FieldProblem.requiredAtMost("details.name", 200));
        }
        ReferralValidation.party(problems, "details", body.details, false);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }
}
