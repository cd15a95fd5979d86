package org.kintsugi.core.internal.cases;

import java.util.Map;

import javax.persistence.EntityManager;

import org.kintsugi.core.api.cases.CaseHold;
import org.kintsugi.core.api.cases.CaseStage;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.spi.cases.CaseHoldChange;

/** Which hold changes are allowed from where; a refused one names the rule (409). */
public final class HoldRules {
    private HoldRules() {
    }

    public static CaseHold next(CaseRecord record, CaseHoldChange.Kind kind) {
        CaseHold hold = record.getHold();
        if (record.getStage() == CaseStage.CLOSED) {
            throw ProblemException.conflict("case-closed", "The case is closed; re-engage it first.");
        }
        if (record.isStopped()) {
            throw ProblemException.conflict("case-stopped",
                    "The case was " + hold.name().toLowerCase() + "; nothing more happens on it.");
        }
        switch (kind) {
            case PAUSED:
                if (hold == CaseHold.PAUSED) {
                    throw ProblemException.conflict("already-paused", "The case is already paused.");
                }
                return CaseHold.PAUSED;
            case RESUMED:
                if (hold != CaseHold.PAUSED) {
                    throw ProblemException.conflict("not-paused", "Only a paused case can be resumed.");
                }
                return CaseHold.NONE;
            case WITHDRAWN:
                return CaseHold.WITHDRAWN;
            default:
                return CaseHold.HALTED;
        }
    }

    static void checkLengths(HoldRequest request) {
        if (request.reason != null && request.reason.length() > 2000) {
            throw ProblemException.invalid(FieldProblem.atMost("reason", 2000));
        }
        if (request.tellOtherParty != null && request.tellOtherParty.length() > 2000) {
            throw ProblemException.invalid(FieldProblem.atMost("tellOtherParty", 2000));
        }
    }

    /** Timeline notes say what happened, never why: the reason is free text and stays encrypted. */
    /** Whose withdrawal it was, by role; the other kinds need no particulars. */
    static Map<String, String> timelineParams(CaseHoldChange.Kind kind, EntityManager em, String onBehalfOf) {
        return kind == CaseHoldChange.Kind.WITHDRAWN
                ? Map.of("role", em.find(CaseParticipant.class, onBehalfOf).getRole().name()) : Map.of();
    }

    static String timelineNote(CaseHoldChange.Kind kind, EntityManager em, String onBehalfOf) {
        switch (kind) {
            case PAUSED:
                return "Paused at the pace of the person harmed";
            case RESUMED:
                return "Resumed; nothing held is released by this";
            case WITHDRAWN:
                CaseParticipant who = em.find(CaseParticipant.class, onBehalfOf);
                return "Withdrawn on behalf of the " + who.getRole().name().toLowerCase().replace('_', ' ');
            default:
                return "Halted by a practitioner for safety";
        }
    }
}
