package org.kintsugi.core.spi.cases;

import java.time.Instant;
import java.util.Objects;

/** A case was paused, resumed, withdrawn, halted, closed or re-engaged. */
public final class CaseHoldChange {
    /**
     * What happened. RESUMED and RE_ENGAGED release nothing by themselves: held work is released one
     * item at a time, and the contact gate decides whether it may go.
     */
    public enum Kind { PAUSED, RESUMED, WITHDRAWN, HALTED, CLOSED, RE_ENGAGED }

    private final String caseId;
    private final Kind kind;
    private final Instant at;

    public CaseHoldChange(String caseId, Kind kind, Instant at) {
        this.caseId = Objects.requireNonNull(caseId);
        this.kind = Objects.requireNonNull(kind);
        this.at = Objects.requireNonNull(at);
    }

    public String caseId() {
        return caseId;
    }

    public Kind kind() {
        return kind;
    }

    /** True for the changes after which nothing may reach the other party. */
    public boolean stopsContact() {
        return kind != Kind.RESUMED && kind != Kind.RE_ENGAGED;
    }

    public Instant at() {
        return at;
    }

    @Override
    public String toString() {
        return kind + " " + caseId + " at " + at;
    }
}
