package org.kintsugi.core.internal.lifecycle;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.kintsugi.core.internal.db.CoreUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.cases.CaseStage;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.internal.assessment.AssessmentRecords;
import org.kintsugi.core.internal.cases.CaseGuards;
import org.kintsugi.core.internal.cases.CaseRecord;
import org.kintsugi.core.internal.cases.CaseScope;
import org.kintsugi.core.internal.cases.HoldRules;
import org.kintsugi.core.spi.cases.CaseHoldChange;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the caller may do to a case right now, each action allowed or refused with the rule that
 * refuses it: the same guards the actions themselves run, so a screen never offers what the server
 * would refuse, and says why when it does not.
 */
@Component(service = CaseActions.class)
public class CaseActions {
    private final JpaTemplate jpa;

    @Activate
    public CaseActions(@Reference(target = CoreUnit.READY) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    public List<Action> of(Caller caller, String caseId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseRecord record = CaseScope.findVisible(em, caller, caseId);
            List<Action> actions = new ArrayList<>();
            if (record.getStage() != CaseStage.CLOSED && record.getStage() != CaseStage.AFTER_CARE) {
                CaseStage next = CaseStage.values()[record.getStage().ordinal() + 1];
                actions.add(check("move-to-" + next.name(), () -> StageRules.check(em, record, next)));
            }
            for (CaseHoldChange.Kind kind : List.of(CaseHoldChange.Kind.PAUSED, CaseHoldChange.Kind.RESUMED,
                    CaseHoldChange.Kind.WITHDRAWN, CaseHoldChange.Kind.HALTED)) {
                actions.add(check(verb(kind), () -> HoldRules.next(record, kind)));
            }
            actions.add(check("close", () -> CaseGuards.requireOpen(record)));
            actions.add(check("re-engage", () -> reEngage(caller, record)));
            actions.add(check("allocate-facilitator", () -> hubStaff(caller, record, "allocate facilitators")));
            actions.add(check("decide", () -> decide(em, caller, record)));
            return actions;
        });
    }

    private static String verb(CaseHoldChange.Kind kind) {
        switch (kind) {
            case PAUSED:
                return "pause";
            case RESUMED:
                return "resume";
            case WITHDRAWN:
                return "withdraw";
            default:
                return "halt";
        }
    }

    /** As the endpoint decides it: hub staff, a closed case (so not the open-case guard the others use). */
    private static void reEngage(Caller caller, CaseRecord record) {
        if (!CaseScope.hubStaff(caller, record)) {
            throw ProblemException.forbidden("Only the region's hub staff re-engage a case.");
        }
        if (record.getStage() != CaseStage.CLOSED) {
            throw ProblemException.conflict("case-not-closed", "Only a closed case can be re-engaged.");
        }
    }

    private static void hubStaff(Caller caller, CaseRecord record, String what) {
        CaseGuards.requireActive(record);
        if (!CaseScope.hubStaff(caller, record)) {
            throw ProblemException.forbidden("Only the region's hub staff " + what + ".");
        }
    }

    private static void decide(EntityManager em, Caller caller, CaseRecord record) {
        if (!caller.hasRole(Role.CASE_SUPERVISOR)) {
            throw ProblemException.forbidden("Only a case supervisor makes the supervision decision.");
        }
        CaseGuards.requireActive(record);
        CaseGuards.requireStage(record, CaseStage.DECISION, "The supervision decision is made");
        if (AssessmentRecords.currentDecision(em, record.getId()).isPresent()) {
            throw ProblemException.conflict("decision-already-made", "This case has a current decision.");
        }
    }

    private static Action check(String name, Runnable guard) {
        try {
            guard.run();
            return new Action(name, null, null);
        } catch (ProblemException refused) {
            return new Action(name, refused.getType(), refused.getDetail());
        }
    }

    public static final class Action {
        public final String action;
        public final boolean allowed;
        /** The rule that refuses it now (as in the problem type), absent when allowed. */
        public final String rule;
        public final String reason;

        Action(String action, String rule, String reason) {
            this.action = action;
            this.allowed = rule == null;
            this.rule = rule;
            this.reason = reason;
        }
    }
}
