package org.kintsugi.core.internal.assessment;

import java.util.Map;

/** Request bodies of assessment and supervision. */
public final class AssessmentRequests {
    private AssessmentRequests() {
    }

    /** Ratings to record or revise; factors not named keep their rating. */
    public static final class Factors {
        public Map<AssessmentTerms.Factor, Entry> factors;
    }

    public static final class Entry {
        public AssessmentTerms.Rating rating;
        public String notes;
    }

    public static final class Risk {
        public String information;
    }

    public static final class Decision {
        public AssessmentTerms.Outcome outcome;
        public String reasons;
        public String conditions;
    }
}
