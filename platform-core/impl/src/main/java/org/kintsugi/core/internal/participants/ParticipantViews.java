package org.kintsugi.core.internal.participants;

import java.util.List;
import java.util.stream.Collectors;

import org.kintsugi.core.internal.db.CoreUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.cases.CaseHold;
import org.kintsugi.core.api.cases.CaseStage;
import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.cases.CaseParticipant;
import org.kintsugi.core.internal.cases.CaseRecord;
import org.kintsugi.core.internal.cases.CaseScope;
import org.kintsugi.core.internal.cases.ParticipantDetails;
import org.kintsugi.core.internal.crypto.DataKeyring;
import org.kintsugi.core.internal.crypto.FieldCipher;
import org.kintsugi.core.internal.referral.ReferralRequests;
import org.kintsugi.core.internal.safety.SafetyPlanRequests;
import org.kintsugi.core.internal.safety.SafetyPlans;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What one participant may be shown of their case: their own details, the others by role only, what
 * they may be told of a pause or withdrawal, and the notes marked for their role. It is built from an
 * allow-list, so nothing about the other party (the person harmed's contact ways, address or
 * whereabouts above all) can slip into the person responsible's view by being added elsewhere.
 */
@Component(service = ParticipantViews.class)
public class ParticipantViews {
    private final JpaTemplate jpa;
    private final FieldCipher cipher;
    private final ParticipantDetails details;
    private final CaseNotes notes;
    private final SafetyPlans plans;

    @Activate
    public ParticipantViews(@Reference(target = CoreUnit.READY) JpaTemplate jpa,
            @Reference DataKeyring keys, @Reference CaseNotes notes, @Reference SafetyPlans plans) {
        this.jpa = jpa;
        this.plans = plans;
        this.cipher = keys.cipher();
        this.details = new ParticipantDetails(keys);
        this.notes = notes;
    }

    public View view(Caller caller, String caseId, String participantId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseRecord record = CaseScope.findVisible(em, caller, caseId);
            CaseParticipant participant = participantId == null ? null : em.find(CaseParticipant.class, participantId);
            if (participant == null || !participant.getCaseId().equals(caseId)
                    || participant.getRole() == ParticipantRole.FACILITATOR) {
                throw ProblemException.notFound();
            }
            List<ParticipantRole> others = em.createQuery("select p.role from CaseParticipant p where p.caseId = :case "
                    + "and p.id <> :me and p.role <> :facilitator order by p.addedAt, p.role", ParticipantRole.class)
                    .setParameter("case", caseId).setParameter("me", participantId)
                    .setParameter("facilitator", ParticipantRole.FACILITATOR).getResultList();
            String message = record.getHold() == CaseHold.NONE || participantId.equals(record.getHoldOnBehalfOf()) ? null
                    : cipher.decrypt(record.getHoldTellOtherEnc(), caseId, "holdTellOther");
            return new View(record, participant, details.open(participant), others, message,
                    notes.sharedWith(em, caseId, participant.getRole()),
                    plans.partOf(em, caseId, participantId).orElse(null));
        });
    }

    public static final class View {
        public final String caseId;
        public final ParticipantRole you;
        public final CaseStage stage;
        /** running, paused, stopped or closed. */
        public final String status;
        /** What a practitioner said this participant may be told of a pause, withdrawal or halt. */
        public final String message;
        public final ReferralRequests.Party yourDetails;
        /** The other participants, by role only. */
        public final List<ParticipantRole> others;
        public final List<CaseNotes.NoteView> notes;
        /** Their own part of the signed-off safety plan: never another participant's times, route or place. */
        public final SafetyPlanRequests.Part yourSafetyPlan;

        View(CaseRecord record, CaseParticipant participant, ReferralRequests.Party yourDetails,
                List<ParticipantRole> others, String message, List<CaseNotes.NoteView> notes,
                SafetyPlanRequests.Part yourSafetyPlan) {
            this.yourSafetyPlan = yourSafetyPlan;
            this.caseId = record.getId();
            this.you = participant.getRole();
            this.stage = record.getStage();
            this.status = record.getStage() == CaseStage.CLOSED ? "closed" : record.getHold() == CaseHold.NONE ? "running"
                    : record.getHold() == CaseHold.PAUSED ? "paused" : "stopped";
            this.message = message;
            this.yourDetails = yourDetails;
            this.others = others;
            this.notes = notes.stream().collect(Collectors.toList());
        }
    }
}
