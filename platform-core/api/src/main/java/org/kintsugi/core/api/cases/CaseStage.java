package org.kintsugi.core.api.cases;

/** Where a case is in the process, in order (domain.md, "The case lifecycle"). */
public enum CaseStage {
    REFERRED, FIRST_CONTACT, CONSENT, ASSESSMENT, DECISION, PREPARATION, DELIVERY, OUTCOME, AFTER_CARE, CLOSED
}
