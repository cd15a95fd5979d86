package org.kintsugi.core.internal.cases;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;

/**
 * Who sees which case: national administrators all; hub staff their regions'; a practitioner the
 * cases they facilitate. Outside scope a case does not exist (404).
 */
final class CaseScope {
    private CaseScope() {
    }

    static boolean mayList(Caller caller) {
        return caller.hasAnyRole(Role.NATIONAL_ADMIN, Role.HUB_ADMIN, Role.COORDINATOR, Role.PRACTITIONER,
                Role.CASE_SUPERVISOR);
    }

    static boolean hubStaff(Caller caller, CaseRecord record) {
        return caller.hasRole(Role.NATIONAL_ADMIN) || (caller.hasAnyRole(Role.HUB_ADMIN, Role.COORDINATOR)
                && caller.regions().contains(record.getRegionCode()));
    }

    static boolean visible(EntityManager em, Caller caller, CaseRecord record) {
        return hubStaff(caller, record) || (caller.hasRole(Role.PRACTITIONER) && facilitates(em, caller, record));
    }

    /**
     * The case, locked for change by this transaction, if the caller may see it; otherwise 404. Every
     * change to a case goes through here, so concurrent changes apply one after the other.
     */
    static CaseRecord lockVisible(EntityManager em, Caller caller, String caseId) {
        CaseRecord record = caseId == null ? null : em.find(CaseRecord.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (record == null || !visible(em, caller, record)) {
            throw ProblemException.notFound();
        }
        return record;
    }

    private static boolean facilitates(EntityManager em, Caller caller, CaseRecord record) {
        return em.createQuery("select count(p) from CaseParticipant p where p.caseId = :case and p.userId = :me "
                + "and p.role = :role", Long.class).setParameter("case", record.getId())
                .setParameter("me", caller.userId().toString())
                .setParameter("role", CaseTerms.ParticipantRole.FACILITATOR).getSingleResult() > 0;
    }
}
