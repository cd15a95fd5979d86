package org.kintsugi.core.internal.lifecycle;

import javax.persistence.EntityManager;

import org.kintsugi.core.internal.cases.CaseTerms;

/** What tasks say about a case's progress. */
final class TaskRules {
    private TaskRules() {
    }

    /** The latest first-contact task is done (re-engagement sets a new one). */
    static boolean firstContactDone(EntityManager em, String caseId) {
        return em.createQuery("select t.doneAt from CaseTask t where t.caseId = :case and t.kind = :kind "
                + "order by t.createdAt desc").setParameter("case", caseId)
                .setParameter("kind", CaseTerms.TaskKind.FIRST_CONTACT).setMaxResults(1).getResultList().stream()
                .anyMatch(done -> done != null);
    }
}
