package org.kintsugi.core.internal.gate;

import java.util.List;

import javax.persistence.LockModeType;

import org.kintsugi.core.internal.db.CoreUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.internal.cases.CaseRecord;
import org.kintsugi.core.internal.safety.SafetyPlans;
import org.kintsugi.core.spi.cases.ContactGate;
import org.kintsugi.core.spi.cases.ContactKind;
import org.kintsugi.core.spi.cases.ContactRefusal;
import org.kintsugi.core.spi.cases.ContactVerdict;
import org.kintsugi.core.spi.cases.MeetingAttendance;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The contact gate modules call. It joins the caller's transaction and locks the case row for it, the
 * same lock a withdrawal or halt takes: the two cannot interleave. A preview reads the same rules unlocked.
 */
@Component(service = ContactGate.class)
public class CoreContactGate implements ContactGate {
    private final JpaTemplate jpa;
    private final SafetyPlans plans;

    @Activate
    public CoreContactGate(@Reference(target = CoreUnit.READY) JpaTemplate jpa, @Reference SafetyPlans plans) {
        this.jpa = jpa;
        this.plans = plans;
    }

    @Override
    public ContactVerdict check(String caseId, ContactKind kind) {
        if (caseId == null || kind == null) {
            throw new IllegalArgumentException("caseId and kind are required");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseRecord record = em.find(CaseRecord.class, caseId, LockModeType.PESSIMISTIC_WRITE);
            if (record == null) {
                return new ContactVerdict(caseId, kind, List.of(new ContactRefusal("case-not-found", "No such case.")));
            }
            return new ContactVerdict(caseId, kind, ContactRules.refusals(em, record, kind, true));
        });
    }

    @Override
    public ContactVerdict checkMeeting(MeetingAttendance meeting) {
        return meeting(meeting, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public ContactVerdict previewMeeting(MeetingAttendance meeting) {
        return meeting(meeting, LockModeType.NONE);
    }

    private ContactVerdict meeting(MeetingAttendance meeting, LockModeType lock) {
        if (meeting == null) {
            throw new IllegalArgumentException("meeting is required");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseRecord record = em.find(CaseRecord.class, meeting.caseId(), lock);
            if (record == null) {
                return new ContactVerdict(meeting.caseId(), ContactKind.DIRECT,
                        List.of(new ContactRefusal("case-not-found", "No such case.")));
            }
            return new ContactVerdict(meeting.caseId(), ContactKind.DIRECT,
                    MeetingRules.refusals(em, record, meeting, () -> plans.signedOffParts(em, meeting.caseId())));
        });
    }
}
