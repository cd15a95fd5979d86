package org.kintsugi.core.internal.audit;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** One verification of the audit trail, continued step by step until every chain is walked. */
@Entity
@Table(name = "audit_verification")
public class VerificationRun {
    public enum Status { RUNNING, INTACT, BROKEN }

    @Id
    private String id;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "started_by")
    private String startedBy;
    @Column(name = "finished_at")
    private Instant finishedAt;
    private String status;
    private long checked;
    private long total;
    @Column(name = "first_broken_seq")
    private Long firstBrokenSeq;
    private String problem;
    private String progress;
    @Version
    private long version;

    protected VerificationRun() {
    }

    VerificationRun(String id, String startedBy, Instant startedAt, long total, String progress) {
        this.id = id;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.total = total;
        this.progress = progress;
        this.status = Status.RUNNING.name();
    }

    void advanced(String progress, long checked) {
        this.progress = progress;
        this.checked = checked;
    }

    void finish(Status result, Long brokenSeq, String why, Instant at) {
        this.status = result.name();
        this.firstBrokenSeq = brokenSeq;
        this.problem = why;
        this.finishedAt = at;
    }

    public String getId() { return id; }
    public Instant getStartedAt() { return startedAt; }
    public String getStartedBy() { return startedBy; }
    public Instant getFinishedAt() { return finishedAt; }
    public Status getStatus() { return Status.valueOf(status); }
    public long getChecked() { return checked; }
    public long getTotal() { return total; }
    public Long getFirstBrokenSeq() { return firstBrokenSeq; }
    public String getProblem() { return problem; }
    String getProgress() { return progress; }
}
