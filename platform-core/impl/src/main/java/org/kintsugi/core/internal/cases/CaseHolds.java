package org.kintsugi.core.internal.cases;

import java.time.Instant;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.cases.CaseHold;
import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.crypto.DataKeyring;
import org.kintsugi.core.internal.crypto.FieldCipher;
import org.kintsugi.core.internal.db.CoreUnit;
import org.kintsugi.core.internal.rest.input.Text;
import org.kintsugi.core.spi.cases.CaseHoldChange;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Pause, resume, withdraw, halt: at any stage, at once. Every installed module hears of it inside the
 * same transaction, so a withdrawal and the holding of every module's pending work commit together.
 */
@Component(service = CaseHolds.class)
public class CaseHolds {
    private final JpaTemplate jpa;
    private final FieldCipher cipher;
    private final CaseService cases;

    private final CaseListeners listeners;

    @Activate
    public CaseHolds(@Reference(target = CoreUnit.READY) JpaTemplate jpa, @Reference DataKeyring keys,
            @Reference CaseService cases, @Reference CaseListeners listeners) {
        this.listeners = listeners;
        this.jpa = jpa;
        this.cipher = keys.cipher();
        this.cases = cases;
    }

    public CaseViews.Detail change(Caller caller, String caseId, CaseHoldChange.Kind kind, HoldRequest body) {
        HoldRequest request = body == null ? new HoldRequest() : body;
        jpa.tx(TransactionType.Required, em -> {
            CaseRecord record = CaseScope.lockVisible(em, caller, caseId);
            CaseHold next = HoldRules.next(record, kind);
            String onBehalfOf = kind == CaseHoldChange.Kind.WITHDRAWN ? party(em, record, request.onBehalfOf) : null;
            if ((kind == CaseHoldChange.Kind.WITHDRAWN || kind == CaseHoldChange.Kind.HALTED)
                    && (request.reason == null || request.reason.isBlank())) {
                throw ProblemException.invalid(FieldProblem.required("reason"));
            }
            HoldRules.checkLengths(request);
            Instant now = Instant.now();
            record.hold(next, caller.getName(), onBehalfOf, now, cipher.encrypt(Text.orNull(request.reason), caseId, "holdReason"),
                    cipher.encrypt(Text.orNull(request.tellOtherParty), caseId, "holdTellOther"));
            CaseEvent.record(em, caseId, caller.getName(), now,
                    CaseTerms.EventKind.valueOf(kind.name()), HoldRules.timelineNote(kind, em, onBehalfOf),
                    HoldRules.timelineParams(kind, em, onBehalfOf));
            em.flush();
            listeners.tell(new CaseHoldChange(caseId, kind, now));
        });
        return cases.get(caller, caseId);
    }

    /** The participant a withdrawal is recorded for: a party of this case, never a facilitator. */
    private static String party(EntityManager em, CaseRecord record, String participantId) {
        CaseParticipant participant = participantId == null ? null : em.find(CaseParticipant.class, participantId);
        if (participant == null || !participant.getCaseId().equals(record.getId())
                || participant.getRole() == ParticipantRole.FACILITATOR) {
            throw ProblemException.invalid(new FieldProblem("onBehalfOf", "must be a participant of this case who is withdrawing", "not-withdrawing-participant"));
        }
        return participant.getId();
    }

}
