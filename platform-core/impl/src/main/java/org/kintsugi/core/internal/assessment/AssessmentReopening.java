package org.kintsugi.core.internal.assessment;

import java.time.Instant;
import java.util.Map;

import javax.persistence.EntityManager;

import org.kintsugi.core.api.cases.CaseStage;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.cases.CaseEvent;
import org.kintsugi.core.internal.cases.CaseGuards;
import org.kintsugi.core.internal.cases.CaseParticipant;
import org.kintsugi.core.internal.cases.CaseRecord;
import org.kintsugi.core.internal.cases.CaseTerms;

/**
 * Re-opening assessment: the assessment goes back to being written, the supervision decision built on
 * it is set aside, and a case past assessment returns to it. Contact stops with it (the gate reads these).
 */
public final class AssessmentReopening {
    /** Why assessments re-open; the timeline keeps the name so screens can say it in their language. */
    public enum Why {
        NEW_RISK_INFORMATION("new risk information"), RE_ENGAGED("the case was re-engaged");

        private final String words;

        Why(String words) {
            this.words = words;
        }
    }

    private AssessmentReopening() {
    }

    /** Re-opens this participant's assessment if it was completed or signed off, and what was built on it. */
    static void reopen(EntityManager em, CaseRecord record, CaseParticipant participant, Caller caller, Instant now,
            Why why) {
        if (reopenOnly(em, record, participant, caller, now, why)) {
            setAsideDecision(em, record, caller, now, why);
        }
    }

    /** Every assessment of the case, as when a closed case is re-engaged; the decision is set aside once. */
    public static void reopenAll(EntityManager em, CaseRecord record, Caller caller, Instant now, Why why) {
        for (CaseParticipant participant : AssessmentRecords.participants(em, record.getId())) {
            reopenOnly(em, record, participant, caller, now, why);
        }
        setAsideDecision(em, record, caller, now, why);
    }

    private static boolean reopenOnly(EntityManager em, CaseRecord record, CaseParticipant participant, Caller caller,
            Instant now, Why why) {
        return AssessmentRecords.of(em, participant.getId())
                .filter(a -> a.getStatus() != AssessmentTerms.Status.IN_PROGRESS).map(a -> {
                    a.reopen();
                    CaseEvent.record(em, record.getId(), caller.getName(), now, CaseTerms.EventKind.ASSESSMENT_REOPENED,
                            "Assessment of the " + CaseGuards.label(participant.getRole()) + " re-opened: " + why.words,
                            Map.of("role", participant.getRole().name(), "why", why.name()));
                    return true;
                }).orElse(false);
    }

    private static void setAsideDecision(EntityManager em, CaseRecord record, Caller caller, Instant now, Why why) {
        AssessmentRecords.currentDecision(em, record.getId()).ifPresent(decision -> {
            decision.supersede(now, "Set aside: " + why.words);
            CaseEvent.record(em, record.getId(), caller.getName(), now, CaseTerms.EventKind.DECISION_SUPERSEDED,
                    "Supervision decision set aside: " + why.words, Map.of("why", why.name()));
        });
        CaseStage stage = record.getStage();
        if (stage.compareTo(CaseStage.ASSESSMENT) > 0 && stage != CaseStage.CLOSED) {
            record.moveTo(CaseStage.ASSESSMENT);
            CaseEvent.record(em, record.getId(), caller.getName(), now, CaseTerms.EventKind.STAGE_CHANGED,
                    "Returned to assessment: " + why.words, Map.of("why", why.name(), "variant", "returned"));
        }
    }
}
