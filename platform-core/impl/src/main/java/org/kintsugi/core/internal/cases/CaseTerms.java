package org.kintsugi.core.internal.cases;

/** The vocabulary of a case (domain.md, "The case lifecycle"). */
public final class CaseTerms {
    private CaseTerms() {
    }

    // Stages, holds and participant roles are shared with modules: org.kintsugi.core.api.cases.

    public enum EventKind { CASE_OPENED, PAUSED, RESUMED, WITHDRAWN, HALTED, FACILITATOR_ALLOCATED, FACILITATOR_REMOVED,
        CONSENT_GIVEN, CONSENT_WITHDRAWN, CONSENT_LAPSED, STAGE_CHANGED, TASK_DONE, ASSESSMENT_COMPLETED,
        ASSESSMENT_SIGNED_OFF, RISK_INFORMATION_RECORDED, ASSESSMENT_REOPENED, DECISION_MADE, DECISION_SUPERSEDED,
        CLOSED, RE_ENGAGED, PARTICIPANT_ADDED, NOTE_WRITTEN, SAFETY_PLAN_WRITTEN, SAFETY_PLAN_SIGNED_OFF,
        ATTENDEES_APPROVED }

    /** Why a case closed; the note beside it is free text and encrypted. */
    public enum CloseReason { COMPLETED, WITHDRAWN, HALTED, NOT_SUITABLE, NO_ENGAGEMENT, OTHER }

    public enum TaskKind { FIRST_CONTACT }

    /** What a consent covers. Some need a detail: the organisation, or the contact method. */
    public enum ConsentPurpose { TAKE_PART, BE_CONTACTED, SHARE_WITH_ORGANISATION, CONTACT_METHOD, AGGREGATE_STATISTICS }
}
