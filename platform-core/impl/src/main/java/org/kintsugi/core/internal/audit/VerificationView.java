package org.kintsugi.core.internal.audit;

import java.time.Instant;

/** A verification run as the API shows it: how far it has got, and what it found. */
public final class VerificationView {
    public final String id;
    public final VerificationRun.Status status;
    public final long checked;
    /** Rows in the trail when the run began: what it will have walked once done. */
    public final long total;
    /** Of those, the share walked so far, in percent, one decimal; 100 once the run is over. */
    public final double percent;
    public final Long firstBrokenSeq;
    public final String problem;
    public final String startedBy;
    public final Instant startedAt;
    public final Instant finishedAt;

    VerificationView(VerificationRun run) {
        this.id = run.getId();
        this.status = run.getStatus();
        this.checked = run.getChecked();
        this.total = run.getTotal();
        this.percent = run.getStatus() != VerificationRun.Status.RUNNING || run.getTotal() == 0 ? 100.0
                : Math.min(99.9, Math.floor(1000.0 * run.getChecked() / run.getTotal()) / 10);
        this.firstBrokenSeq = run.getFirstBrokenSeq();
        this.problem = run.getProblem();
        this.startedBy = run.getStartedBy();
        this.startedAt = run.getStartedAt();
        this.finishedAt = run.getFinishedAt();
    }
}
