package org.kintsugi.core.internal.cases;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

/** Something due on a case by a date, such as first contact within five working days of referral. */
@Entity
@Table(name = "case_task")
public class CaseTask {
    @Id
    private String id;
    @Column(name = "case_id")
    private String caseId;
    @Enumerated(EnumType.STRING)
    private CaseTerms.TaskKind kind;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "done_at")
    private Instant doneAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "done_by")
    private String doneBy;

    protected CaseTask() {
    }

    public CaseTask(String id, String caseId, CaseTerms.TaskKind kind, LocalDate dueOn, Instant createdAt) {
        this.id = id;
        this.caseId = caseId;
        this.kind = kind;
        this.dueOn = dueOn;
        this.createdAt = createdAt;
    }

    public void done(String by, Instant at) {
        this.doneBy = by;
        this.doneAt = at;
    }

    public String getId() { return id; }
    public String getCaseId() { return caseId; }
    public String getDoneBy() { return doneBy; }
    public CaseTerms.TaskKind getKind() { return kind; }
    public LocalDate getDueOn() { return dueOn; }
    public Instant getDoneAt() { return doneAt; }
}
