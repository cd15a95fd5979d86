package org.kintsugi.core.internal.cases;

import org.kintsugi.core.api.cases.CaseStage;
import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.problem.ProblemException;

/** Guards shared by everything that changes a case: a closed or stopped case takes no new work. */
public final class CaseGuards {
    private CaseGuards() {
    }

    public static void requireOpen(CaseRecord record) {
        if (record.getStage() == CaseStage.CLOSED) {
            throw ProblemException.conflict("case-closed", "The case is closed; re-engage it first.");
        }
    }

    /** Open, and neither withdrawn nor halted (a pause does not stop practitioners' own work). */
    public static void requireActive(CaseRecord record) {
        requireOpen(record);
        if (record.isStopped()) {
            throw ProblemException.conflict("case-stopped",
                    "The case was " + record.getHold().name().toLowerCase() + "; nothing more happens on it.");
        }
    }

    public static void requireStage(CaseRecord record, CaseStage stage, String what) {
        if (record.getStage() != stage) {
            throw ProblemException.conflict("not-" + stage.name().toLowerCase().replace('_', '-') + "-stage",
                    what + " at the " + label(stage) + " stage; this case is at " + label(record.getStage()) + ".");
        }
    }

    public static String label(CaseStage stage) {
        return stage.name().toLowerCase().replace('_', ' ');
    }

    public static String label(ParticipantRole role) {
        return role.name().toLowerCase().replace('_', ' ');
    }
}
