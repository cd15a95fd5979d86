package org.kintsugi.core.internal.safety;

import java.time.Instant;
import java.util.List;

/** A case's current safety plan, for the staff of the case. */
public final class SafetyPlanView {
    public final String caseId;
    public final int version;
    public final List<SafetyPlanRequests.Part> parts;
    public final String writtenBy;
    public final Instant writtenAt;
    public final boolean signedOff;
    public final String signedOffBy;
    public final Instant signedOffAt;

    SafetyPlanView(SafetyPlanRow row, List<SafetyPlanRequests.Part> parts) {
        this.caseId = row.getCaseId();
        this.version = row.getPlanVersion();
        this.parts = List.copyOf(parts);
        this.writtenBy = row.getWrittenBy();
        this.writtenAt = row.getWrittenAt();
        this.signedOff = row.getSignedOffAt() != null;
        this.signedOffBy = row.getSignedOffBy();
        this.signedOffAt = row.getSignedOffAt();
    }
}
