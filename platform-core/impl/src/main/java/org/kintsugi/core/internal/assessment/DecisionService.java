package org.kintsugi.core.internal.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.cases.CaseStage;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.internal.cases.CaseEvent;
import org.kintsugi.core.internal.cases.CaseGuards;
import org.kintsugi.core.internal.cases.CaseRecord;
import org.kintsugi.core.internal.cases.CaseScope;
import org.kintsugi.core.internal.cases.CaseTerms;
import org.kintsugi.core.internal.crypto.DataKeyring;
import org.kintsugi.core.internal.crypto.FieldCipher;
import org.kintsugi.core.internal.db.CoreUnit;
import org.kintsugi.core.internal.rest.input.Text;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The supervision decision: made by a case supervisor who wrote none of the assessments, once they are signed off. */
@Component(service = DecisionService.class)
public class DecisionService {
    private final JpaTemplate jpa;
    private final FieldCipher cipher;
    private final AssessmentReader reader;

    @Activate
    public DecisionService(@Reference(target = CoreUnit.READY) JpaTemplate jpa,
            @Reference DataKeyring keys, @Reference AssessmentReader reader) {
        this.jpa = jpa;
        this.cipher = keys.cipher();
        this.reader = reader;
    }

    public List<AssessmentViews.Decision> decide(Caller caller, String caseId, AssessmentRequests.Decision body) {
        if (!caller.hasRole(Role.CASE_SUPERVISOR)) {
            throw ProblemException.forbidden("Only a case supervisor makes the supervision decision.");
        }
        validate(body);
        jpa.tx(TransactionType.Required, em -> {
            CaseRecord record = CaseScope.lockVisible(em, caller, caseId);
            CaseGuards.requireActive(record);
            CaseGuards.requireStage(record, CaseStage.DECISION, "The supervision decision is made");
            AssessmentRules.unsignedAssessments(em, caseId).stream().findFirst().ifPresent(missing -> {
                throw ProblemException.conflict("assessment-not-signed-off", missing);
            });
            if (AssessmentRecords.writers(em, caseId).contains(caller.userId().toString())) {
                throw ProblemException.conflict("own-work", "Nobody decides on assessments they wrote: "
                        + "another case supervisor makes this decision.");
            }
            if (AssessmentRecords.currentDecision(em, caseId).isPresent()) {
                throw ProblemException.conflict("decision-already-made",
                        "This case has a current decision; new risk information sets it aside.");
            }
            Instant now = Instant.now();
            SupervisionDecision decision = new SupervisionDecision(UUID.randomUUID().toString(), caseId, body.outcome,
                    caller.userId().toString(), caller.getName(), now);
            decision.seal(cipher.encrypt(body.reasons.trim(), decision.getId(), "reasons"),
                    cipher.encrypt(Text.orNull(body.conditions), decision.getId(), "conditions"));
            em.persist(decision);
            CaseEvent.record(em, caseId, caller.getName(), now, CaseTerms.EventKind.DECISION_MADE,
                    "Supervision decision: " + body.outcome.name().toLowerCase().replace('_', ' '),
                    Map.of("outcome", body.outcome.name()));
        });
        return reader.decisions(caller, caseId);
    }

    private static void validate(AssessmentRequests.Decision body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body == null || body.outcome == null) {
            problems.add(new FieldProblem("outcome", "is required: DIRECT_CONTACT, INDIRECT_CONTACT, SURVIVOR_ONLY or NOT_SUITABLE", "decision-outcome"));
        }
        if (body == null || body.reasons == null || body.reasons.isBlank() || body.reasons.length() > AssessmentService.MAX_TEXT) {
            problems.add(FieldProblem.requiredAtMost("reasons", AssessmentService.MAX_TEXT));
        }
        if (body != null && body.conditions != null && body.conditions.length() > AssessmentService.MAX_TEXT) {
            problems.add(FieldProblem.atMost("conditions", AssessmentService.MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

}
