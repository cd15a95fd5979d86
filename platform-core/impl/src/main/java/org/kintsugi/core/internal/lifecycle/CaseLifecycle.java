package org.kintsugi.core.internal.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.kintsugi.core.internal.db.CoreUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.cases.CaseStage;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.assessment.AssessmentReopening;
import org.kintsugi.core.internal.cases.CaseEvent;
import org.kintsugi.core.internal.cases.CaseGuards;
import org.kintsugi.core.internal.cases.CaseListeners;
import org.kintsugi.core.internal.cases.CaseRecord;
import org.kintsugi.core.internal.cases.CaseScope;
import org.kintsugi.core.internal.cases.CaseService;
import org.kintsugi.core.internal.cases.CaseTask;
import org.kintsugi.core.internal.cases.CaseTasksDue;
import org.kintsugi.core.internal.cases.CaseTerms;
import org.kintsugi.core.internal.cases.CaseViews;
import org.kintsugi.core.internal.cases.ConsentLedger;
import org.kintsugi.core.internal.cases.WorkingDays;
import org.kintsugi.core.internal.crypto.DataKeyring;
import org.kintsugi.core.internal.crypto.FieldCipher;
import org.kintsugi.core.internal.people.RegionHolidays;
import org.kintsugi.core.spi.cases.CaseHoldChange;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Moves a case through its stages, closes it with a reason and a retention date, and re-engages it. */
@Component(service = CaseLifecycle.class)
public class CaseLifecycle {
    /** How long a closed case is kept before it is due for deletion review. */
    static final int RETENTION_YEARS = 6;
    static final int FIRST_CONTACT_WORKING_DAYS = 5;

    private final JpaTemplate jpa;
    private final FieldCipher cipher;
    private final CaseService cases;
    private final CaseListeners listeners;

    @Activate
    public CaseLifecycle(@Reference(target = CoreUnit.READY) JpaTemplate jpa, @Reference DataKeyring keys,
            @Reference CaseService cases, @Reference CaseListeners listeners) {
        this.jpa = jpa;
        this.cipher = keys.cipher();
        this.cases = cases;
        this.listeners = listeners;
    }

    public CaseViews.Detail move(Caller caller, String caseId, CaseStage next) {
        if (next == null) {
            throw ProblemException.invalid(new FieldProblem("to", "is required: the stage to move to", "stage-required"));
        }
        jpa.tx(TransactionType.Required, em -> {
            CaseRecord record = CaseScope.lockVisible(em, caller, caseId);
            StageRules.check(em, record, next);
            CaseStage from = record.getStage();
            record.moveTo(next);
            CaseEvent.record(em, caseId, caller.getName(), Instant.now(), CaseTerms.EventKind.STAGE_CHANGED,
                    "Moved from " + CaseGuards.label(from) + " to " + CaseGuards.label(next),
                    Map.of("from", from.name(), "to", next.name()));
        });
        return cases.get(caller, caseId);
    }

    /** From any stage, held or not; every module hears of it in the same transaction. */
    public CaseViews.Detail close(Caller caller, String caseId, LifecycleRequests.Close body) {
        if (body == null || body.reason == null) {
            throw ProblemException.invalid(new FieldProblem("reason", "is required: why the case closes", "close-reason-required"));
        }
        if (body.note != null && body.note.length() > 2000) {
            throw ProblemException.invalid(FieldProblem.atMost("note", 2000));
        }
        jpa.tx(TransactionType.Required, em -> {
            CaseRecord record = CaseScope.lockVisible(em, caller, caseId);
            CaseGuards.requireOpen(record);
            Instant now = Instant.now();
            LocalDate retainUntil = LocalDate.ofInstant(now, ZoneOffset.UTC).plusYears(RETENTION_YEARS);
            String note = body.note == null || body.note.isBlank() ? null : body.note.trim();
            record.close(body.reason, caller.getName(), now, cipher.encrypt(note, caseId, "closeNote"), retainUntil);
            CaseEvent.record(em, caseId, caller.getName(), now, CaseTerms.EventKind.CLOSED, "Closed: "
                    + body.reason.name().toLowerCase().replace('_', ' ') + "; kept until " + retainUntil,
                    Map.of("closeReason", body.reason.name(), "until", retainUntil));
            em.flush();
            listeners.tell(new CaseHoldChange(caseId, CaseHoldChange.Kind.CLOSED, now));
        });
        return cases.get(caller, caseId);
    }

    /**
     * Hub staff re-open a closed case at first contact. What was decided for the old process no longer
     * stands: assessments re-open, the decision is set aside, consents lapse, first contact is due again.
     */
    public CaseViews.Detail reEngage(Caller caller, String caseId) {
        jpa.tx(TransactionType.Required, em -> {
            CaseRecord record = CaseScope.lockVisible(em, caller, caseId);
            if (!CaseScope.hubStaff(caller, record)) {
                throw ProblemException.forbidden("Only the region's hub staff re-engage a case.");
            }
            if (record.getStage() != CaseStage.CLOSED) {
                throw ProblemException.conflict("case-not-closed", "Only a closed case can be re-engaged.");
            }
            Instant now = Instant.now();
            record.reEngage();
            CaseEvent.record(em, caseId, caller.getName(), now, CaseTerms.EventKind.RE_ENGAGED, "Re-engaged: the process starts again at first contact");
            AssessmentReopening.reopenAll(em, record, caller, now, AssessmentReopening.Why.RE_ENGAGED);
            if (ConsentLedger.lapseForReEngagement(em, caseId, now) > 0) {
                CaseEvent.record(em, caseId, caller.getName(), now, CaseTerms.EventKind.CONSENT_LAPSED,
                        "Consents for the earlier process lapsed; aggregate statistics consent kept");
            }
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            em.persist(new CaseTask(UUID.randomUUID().toString(), caseId, CaseTerms.TaskKind.FIRST_CONTACT,
                    WorkingDays.after(today, FIRST_CONTACT_WORKING_DAYS, RegionHolidays.from(em, record.getRegionCode(), today)),
                    now));
            CaseTasksDue.refresh(em, record);
            listeners.tell(new CaseHoldChange(caseId, CaseHoldChange.Kind.RE_ENGAGED, now));
        });
        return cases.get(caller, caseId);
    }
}
