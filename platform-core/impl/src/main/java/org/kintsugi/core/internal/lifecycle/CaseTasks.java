package org.kintsugi.core.internal.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.TypedQuery;

import org.kintsugi.core.internal.db.CoreUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.cases.CaseHold;
import org.kintsugi.core.api.cases.CaseStage;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.cases.CaseEvent;
import org.kintsugi.core.internal.cases.CaseGuards;
import org.kintsugi.core.internal.cases.CaseRecord;
import org.kintsugi.core.internal.cases.CaseScope;
import org.kintsugi.core.internal.cases.CaseService;
import org.kintsugi.core.internal.cases.CaseTask;
import org.kintsugi.core.internal.cases.CaseTasksDue;
import org.kintsugi.core.internal.cases.CaseTerms;
import org.kintsugi.core.internal.cases.CaseViews;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Marking tasks done, and the overdue list coordinators work from. */
@Component(service = CaseTasks.class)
public class CaseTasks {
    private final JpaTemplate jpa;
    private final CaseService cases;

    @Activate
    public CaseTasks(@Reference(target = CoreUnit.READY) JpaTemplate jpa, @Reference CaseService cases) {
        this.jpa = jpa;
        this.cases = cases;
    }

    public CaseViews.Detail done(Caller caller, String caseId, String taskId) {
        jpa.tx(TransactionType.Required, em -> {
            CaseRecord record = CaseScope.lockVisible(em, caller, caseId);
            CaseTask task = taskId == null ? null : em.find(CaseTask.class, taskId);
            if (task == null || !task.getCaseId().equals(caseId)) {
                throw ProblemException.notFound();
            }
            CaseGuards.requireOpen(record);
            if (task.getDoneAt() != null) {
                throw ProblemException.conflict("task-already-done", "This task was done on " + task.getDoneAt() + ".");
            }
            Instant now = Instant.now();
            task.done(caller.getName(), now);
            CaseTasksDue.refresh(em, record);
            CaseEvent.record(em, caseId, caller.getName(), now, CaseTerms.EventKind.TASK_DONE,
                    "Task done: " + task.getKind().name().toLowerCase().replace('_', ' '),
                    Map.of("task", task.getKind().name()));
        });
        return cases.get(caller, caseId);
    }

    /**
     * Undone tasks past their due date on the caller's cases, oldest first. Withdrawn, halted and closed
     * cases are left out (nothing more happens on them); paused ones stay, marked, as the pace is theirs.
     */
    public List<OverdueTask> overdue(Caller caller, int limit, int offset) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<Object[]> query = em.createQuery("select t, c from CaseTask t, CaseRecord c where t.caseId = c.id "
                    + "and t.doneAt is null and t.dueOn < :today and c.stage <> :closed and c.hold not in :stopped and "
                    + CaseScope.condition(caller) + " order by t.dueOn, t.id", Object[].class)
                    .setParameter("today", today).setParameter("closed", CaseStage.CLOSED)
                    .setParameter("stopped", List.of(CaseHold.WITHDRAWN, CaseHold.HALTED));
            return CaseScope.bindScope(em, query, caller).setFirstResult(offset).setMaxResults(limit).getResultList()
                    .stream().map(row -> new OverdueTask((CaseTask) row[0], (CaseRecord) row[1], today))
                    .collect(Collectors.toList());
        });
    }
}
