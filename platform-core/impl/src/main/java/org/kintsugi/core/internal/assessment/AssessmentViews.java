package org.kintsugi.core.internal.assessment;

import java.time.Instant;
import java.util.List;

import org.kintsugi.core.api.cases.ParticipantRole;

/** What practitioners see of assessments and decisions. Never shown on any person responsible's view. */
public final class AssessmentViews {
    private AssessmentViews() {
    }

    public static final class Assessment {
        public String id;
        public String participantId;
        public ParticipantRole participantRole;
        public AssessmentTerms.Status status;
        public List<Factor> factors;
        /** Applicable factors not yet rated: all must be, before the assessment is complete. */
        public List<AssessmentTerms.Factor> unrated;
        public Instant startedAt;
        public Instant completedAt;
        public String completedBy;
        public Instant signedOffAt;
        public String signedOffBy;
        public int reopenedCount;
        public List<Risk> riskInformation;
    }

    public static final class Factor {
        public AssessmentTerms.Factor factor;
        public AssessmentTerms.Rating rating;
        public String notes;
        public String ratedBy;
        public Instant ratedAt;
    }

    public static final class Risk {
        public String information;
        public String recordedBy;
        public Instant recordedAt;
    }

    public static final class Decision {
        public String id;
        public AssessmentTerms.Outcome outcome;
        public String reasons;
        public String conditions;
        public String decidedBy;
        public Instant decidedAt;
        public boolean current;
        public Instant supersededAt;
        public String supersededBecause;
    }
}
