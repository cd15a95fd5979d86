package org.kintsugi.core.internal.lifecycle;

import org.kintsugi.core.api.cases.CaseStage;
import org.kintsugi.core.internal.cases.CaseTerms;

/** Request bodies of stage moves and closing. */
public final class LifecycleRequests {
    private LifecycleRequests() {
    }

    public static final class Move {
        public CaseStage to;
    }

    public static final class Close {
        public CaseTerms.CloseReason reason;
        /** Free text, encrypted. */
        public String note;
    }
}
