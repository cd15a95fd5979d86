package org.kintsugi.core.internal.work;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.kintsugi.core.api.cases.CaseHold;
import org.kintsugi.core.api.cases.CaseStage;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.cases.CaseScope;
import org.kintsugi.core.internal.cases.CaseTask;
import org.kintsugi.core.spi.work.WorkEntry;
import org.kintsugi.core.spi.work.WorkList;

/**
 * The core's own work on cases: tasks overdue, and tasks due within the week, on the cases the caller sees
 * (a coordinator's regions, a facilitator's own cases). Withdrawn, halted and closed cases are left out;
 * paused ones stay, as the overdue list has them.
 */
final class TaskWork {
    static final int DAYS_AHEAD = 7;
    private static final String OPEN_TASKS = " from CaseTask t, CaseRecord c where t.caseId = c.id and t.doneAt is null "
            + "and c.stage <> :closed and c.hold not in :stopped and ";

    private TaskWork() {
    }

    static WorkList overdue(EntityManager em, Caller caller, LocalDate today) {
        String when = "t.dueOn < :today";
        int total = count(em, caller, when, Map.of("today", today));
        return new WorkList("tasks-overdue", "work.tasksOverdue", "caseload", total, total,
                entries(em, caller, when, Map.of("today", today), today));
    }

    static WorkList dueSoon(EntityManager em, Caller caller, LocalDate today) {
        String when = "t.dueOn >= :today and t.dueOn <= :until";
        Map<String, Object> days = Map.of("today", today, "until", today.plusDays(DAYS_AHEAD));
        return new WorkList("tasks-due", "work.tasksDue", "caseload", count(em, caller, when, days), 0,
                entries(em, caller, when, days, today));
    }

    private static int count(EntityManager em, Caller caller, String when, Map<String, Object> days) {
        TypedQuery<Long> query = em.createQuery("select count(t)" + OPEN_TASKS + when + " and "
                + CaseScope.condition(caller), Long.class);
        return bind(em, query, caller, days).getSingleResult().intValue();
    }

    private static List<WorkEntry> entries(EntityManager em, Caller caller, String when, Map<String, Object> days,
            LocalDate today) {
        TypedQuery<CaseTask> query = em.createQuery("select t" + OPEN_TASKS + when + " and "
                + CaseScope.condition(caller) + " order by t.dueOn, t.id", CaseTask.class);
        return bind(em, query, caller, days).setMaxResults(WorkList.MAX_ENTRIES).getResultList().stream()
                .map(t -> new WorkEntry(t.getCaseId(), "work.task." + t.getKind().name(), Map.of(), t.getId(),
                        t.getDueOn(), t.getDueOn().isBefore(today)))
                .collect(Collectors.toList());
    }

    private static <Q extends TypedQuery<?>> Q bind(EntityManager em, Q query, Caller caller, Map<String, Object> days) {
        query.setParameter("closed", CaseStage.CLOSED).setParameter("stopped", List.of(CaseHold.WITHDRAWN, CaseHold.HALTED));
        days.forEach(query::setParameter);
        return CaseScope.bindScope(em, query, caller);
    }
}
