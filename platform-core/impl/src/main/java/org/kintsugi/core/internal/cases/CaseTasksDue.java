package org.kintsugi.core.internal.cases;

import java.time.LocalDate;

import javax.persistence.EntityManager;

/** Keeps a case's next due date in step with its open tasks; call after any task is added or done. */
public final class CaseTasksDue {
    private CaseTasksDue() {
    }

    public static void refresh(EntityManager em, CaseRecord record) {
        em.flush();
        LocalDate next = em.createQuery("select min(t.dueOn) from CaseTask t where t.caseId = :case and t.doneAt is null",
                LocalDate.class).setParameter("case", record.getId()).getSingleResult();
        record.nextDueOn(next);
    }
}
