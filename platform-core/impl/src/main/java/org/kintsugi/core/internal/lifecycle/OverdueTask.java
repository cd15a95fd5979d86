package org.kintsugi.core.internal.lifecycle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.kintsugi.core.api.cases.CaseHold;
import org.kintsugi.core.api.cases.CaseStage;
import org.kintsugi.core.internal.cases.CaseRecord;
import org.kintsugi.core.internal.cases.CaseTask;
import org.kintsugi.core.internal.cases.CaseTerms;

/** One line of the overdue list: which case, what, since when. No personal details. */
public final class OverdueTask {
    public final String taskId;
    public final String caseId;
    public final String region;
    public final CaseTerms.TaskKind kind;
    public final LocalDate dueOn;
    public final long daysOverdue;
    public final CaseStage stage;
    public final boolean casePaused;

    OverdueTask(CaseTask task, CaseRecord record, LocalDate today) {
        this.taskId = task.getId();
        this.caseId = record.getId();
        this.region = record.getRegionCode();
        this.kind = task.getKind();
        this.dueOn = task.getDueOn();
        this.daysOverdue = ChronoUnit.DAYS.between(task.getDueOn(), today);
        this.stage = record.getStage();
        this.casePaused = record.getHold() == CaseHold.PAUSED;
    }
}
