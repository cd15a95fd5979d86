package org.kintsugi.core.api.cases;

/** Set at any stage, apart from the stage: the person harmed sets the pace; anyone can stop. */
public enum CaseHold {
    NONE, PAUSED, WITHDRAWN, HALTED;

    /** Withdrawn or halted: nothing more happens on the case. */
    public boolean stopped() {
        return this == WITHDRAWN || this == HALTED;
    }
}
