package org.kintsugi.core.internal.audit;

/** The result of walking the chain: intact, or where the first broken link is and why. */
public final class AuditVerification {
    private final boolean intact;
    private final long checked;
    private final Long firstBrokenSeq;
    private final String problem;

    private AuditVerification(boolean intact, long checked, Long firstBrokenSeq, String problem) {
        this.intact = intact;
        this.checked = checked;
        this.firstBrokenSeq = firstBrokenSeq;
        this.problem = problem;
    }

    static AuditVerification intact(long checked) {
        return new AuditVerification(true, checked, null, null);
    }

    static AuditVerification broken(long checked, long seq, String problem) {
        return new AuditVerification(false, checked, seq, problem);
    }

    public boolean isIntact() {
        return intact;
    }

    public long getChecked() {
        return checked;
    }

    public Long getFirstBrokenSeq() {
        return firstBrokenSeq;
    }

    public String getProblem() {
        return problem;
    }
}
