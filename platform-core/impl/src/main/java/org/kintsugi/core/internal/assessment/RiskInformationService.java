package org.kintsugi.core.internal.assessment;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.kintsugi.core.internal.db.CoreUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.cases.CaseEvent;
import org.kintsugi.core.internal.cases.CaseGuards;
import org.kintsugi.core.internal.cases.CaseParticipant;
import org.kintsugi.core.internal.cases.CaseRecord;
import org.kintsugi.core.internal.cases.CaseScope;
import org.kintsugi.core.internal.cases.CaseTerms;
import org.kintsugi.core.internal.crypto.DataKeyring;
import org.kintsugi.core.internal.crypto.FieldCipher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Risk assessment is dynamic: new information about a participant, at any stage, re-opens their
 * assessment, sets aside the supervision decision and returns the case to assessment. The contact
 * gate closes with it, in the same transaction.
 */
@Component(service = RiskInformationService.class)
public class RiskInformationService {
    private final JpaTemplate jpa;
    private final FieldCipher cipher;
    private final AssessmentReader reader;

    @Activate
    public RiskInformationService(@Reference(target = CoreUnit.READY) JpaTemplate jpa,
            @Reference DataKeyring keys, @Reference AssessmentReader reader) {
        this.jpa = jpa;
        this.cipher = keys.cipher();
        this.reader = reader;
    }

    /** Anyone working on the case may record it: hub staff hear things from partners too. */
    public AssessmentViews.Assessment record(Caller caller, String caseId, String participantId,
            AssessmentRequests.Risk body) {
        String information = body == null || body.information == null ? "" : body.information.trim();
        if (information.isEmpty() || information.length() > AssessmentService.MAX_TEXT) {
            throw ProblemException.invalid(FieldProblem.requiredAtMost("information", AssessmentService.MAX_TEXT));
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseRecord record = CaseScope.lockVisible(em, caller, caseId);
            CaseParticipant participant = AssessmentParticipants.find(em, record, participantId);
            CaseGuards.requireOpen(record);
            Instant now = Instant.now();
            RiskInformation risk = new RiskInformation(UUID.randomUUID().toString(), caseId, participantId,
                    caller.getName(), now);
            risk.seal(cipher.encrypt(information, risk.getId(), "information"));
            em.persist(risk);
            String who = CaseGuards.label(participant.getRole());
            CaseEvent.record(em, caseId, caller.getName(), now, CaseTerms.EventKind.RISK_INFORMATION_RECORDED,
                    "New risk information recorded about the " + who, Map.of("role", participant.getRole().name()));
            AssessmentReopening.reopen(em, record, participant, caller, now, AssessmentReopening.Why.NEW_RISK_INFORMATION);
            return reader.view(em, participant);
        });
    }
}
