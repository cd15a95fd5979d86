package org.kintsugi.core.internal.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.Query;

import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.internal.db.RequestMemo;
import org.osgi.service.coordinator.Coordinator;

/**
 * Who sees which case: national administrators all; hub staff their regions'; a practitioner the
 * cases they facilitate; a case supervisor those and the cases of the practitioners they supervise.
 * Outside scope a case does not exist (404).
 */
public final class CaseScope {
    /**
     * JPQL condition on a case aliased {@code c}: someone of the caller's team (the caller and the
     * practitioners they supervise) facilitates it. One IN-subquery over a list of user ids lets
     * PostgreSQL drive it from the (user, role, case) index; with the supervision lookup inside an OR
     * it scanned every case (bench/cases.sh: practitioner caseload p95 168 ms on 100,000 cases).
     */
    static final String WORKED_ON = "c.id in (select p.caseId from CaseParticipant p where p.role = :facilitator "
            + "and p.userId in :team)";

    private CaseScope() {
    }

    /** Roles that work on cases at all; commissioners and partner referrers never list them. */
    public static boolean mayList(Caller caller) {
        return caller.hasAnyRole(Role.NATIONAL_ADMIN, Role.HUB_ADMIN, Role.COORDINATOR, Role.PRACTITIONER,
                Role.CASE_SUPERVISOR);
    }

    public static boolean hubStaff(Caller caller, CaseRecord record) {
        return caller.hasRole(Role.NATIONAL_ADMIN) || (caller.hasAnyRole(Role.HUB_ADMIN, Role.COORDINATOR)
                && caller.regions().contains(record.getRegionCode()));
    }

    public static boolean visible(EntityManager em, Caller caller, CaseRecord record) {
        return visibleGiven(caller, record, () -> worksOn(em, caller, record));
    }

    /** The rule of {@link #visible}, with whether the caller's team facilitates the case found by the caller's own means. */
    static boolean visibleGiven(Caller caller, CaseRecord record, BooleanSupplier teamFacilitates) {
        return hubStaff(caller, record)
                || (caller.hasAnyRole(Role.PRACTITIONER, Role.CASE_SUPERVISOR) && teamFacilitates.getAsBoolean());
    }

    /** The case if the caller may see it; otherwise 404. */
    public static CaseRecord findVisible(EntityManager em, Caller caller, String caseId) {
        return visibleOr404(em, caller, caseId == null ? null : em.find(CaseRecord.class, caseId));
    }

    /**
     * As {@link #findVisible(EntityManager, Caller, String)}, without judging the scope again when this request
     * already found the caller may see the case ({@link #seen}): a module's booking after its own check of the case.
     */
    public static CaseRecord findVisible(EntityManager em, Coordinator coordinator, Caller caller, String caseId) {
        if (caseId != null && RequestMemo.recall(coordinator, seenKey(caller, caseId)).isPresent()) {
            CaseRecord record = em.find(CaseRecord.class, caseId);
            if (record != null) {
                return record;
            }
        }
        return findVisible(em, caller, caseId);
    }

    /** Remembers, for the rest of this request, that the caller may see the case. */
    static void seen(Coordinator coordinator, Caller caller, String caseId) {
        RequestMemo.remember(coordinator, seenKey(caller, caseId), Boolean.TRUE);
    }

    private static List<Object> seenKey(Caller caller, String caseId) {
        return RequestMemo.key(CaseScope.class, caller.userId(), caseId);
    }

    /**
     * The case, locked for change by this transaction, if the caller may see it; otherwise 404. Every
     * change to a case goes through here, so concurrent changes apply one after the other.
     */
    public static CaseRecord lockVisible(EntityManager em, Caller caller, String caseId) {
        return visibleOr404(em, caller,
                caseId == null ? null : em.find(CaseRecord.class, caseId, LockModeType.PESSIMISTIC_WRITE));
    }

    private static CaseRecord visibleOr404(EntityManager em, Caller caller, CaseRecord record) {
        if (record == null || !visible(em, caller, record)) {
            throw ProblemException.notFound();
        }
        return record;
    }

    /**
     * A JPQL condition on a case aliased {@code c}: true for exactly the cases {@link #visible} allows,
     * so lists and counts are scoped in the database. Bind its parameters with {@link #bindScope}.
     */
    public static String condition(Caller caller) {
        if (caller.hasRole(Role.NATIONAL_ADMIN)) {
            return "c.id is not null";
        }
        List<String> parts = new ArrayList<>();
        if (hubScope(caller)) {
            parts.add("c.regionCode in :regions");
        }
        if (caller.hasAnyRole(Role.PRACTITIONER, Role.CASE_SUPERVISOR)) {
            parts.add(WORKED_ON);
        }
        return parts.isEmpty() ? "c.id is null" : "(" + String.join(" or ", parts) + ")";
    }

    public static <Q extends Query> Q bindScope(EntityManager em, Q query, Caller caller) {
        return bindScope(query, caller, scopeTeam(em, caller));
    }

    /** As {@link #bindScope(EntityManager, Query, Caller)}, with the team already looked up ({@link #scopeTeam}). */
    static <Q extends Query> Q bindScope(Q query, Caller caller, List<String> team) {
        if (caller.hasRole(Role.NATIONAL_ADMIN)) {
            return query;
        }
        if (hubScope(caller)) {
            query.setParameter("regions", caller.regions());
        }
        if (caller.hasAnyRole(Role.PRACTITIONER, Role.CASE_SUPERVISOR)) {
            query.setParameter("team", team).setParameter("facilitator", ParticipantRole.FACILITATOR);
        }
        return query;
    }

    /** The team the caller's scope needs ({@link #team}), or none if it needs none: a query saved for hub staff. */
    static List<String> scopeTeam(EntityManager em, Caller caller) {
        return !caller.hasRole(Role.NATIONAL_ADMIN) && caller.hasAnyRole(Role.PRACTITIONER, Role.CASE_SUPERVISOR)
                ? team(em, caller) : List.of();
    }

    /**
     * True when the caller's scope is only the cases their team facilitates: a practitioner or supervisor
     * who is not also hub staff of a region. Such a scope can be counted from the (user, role, case) index
     * alone, without visiting a case: on 100,000 cases a practitioner's 500 are counted in 0.2 ms so, in 1.2 ms
     * through the cases (bench/README.md). Every participant's case exists (a foreign key), so both counts agree.
     */
    static boolean onlyFacilitated(Caller caller) {
        return !caller.hasRole(Role.NATIONAL_ADMIN) && !hubScope(caller)
                && caller.hasAnyRole(Role.PRACTITIONER, Role.CASE_SUPERVISOR);
    }

    /** Counts the cases of an {@link #onlyFacilitated} scope; two of the team on one case count it once. */
    static long countFacilitated(EntityManager em, List<String> team) {
        return em.createQuery("select count(distinct p.caseId) from CaseParticipant p where p.role = :facilitator "
                + "and p.userId in :team", Long.class).setParameter("facilitator", ParticipantRole.FACILITATOR)
                .setParameter("team", team).getSingleResult();
    }

    private static boolean hubScope(Caller caller) {
        return caller.hasAnyRole(Role.HUB_ADMIN, Role.COORDINATOR) && !caller.regions().isEmpty();
    }

    /** The caller and the practitioners they supervise: whose cases a practitioner or supervisor works on. */
    static List<String> team(EntityManager em, Caller caller) {
        String me = caller.userId().toString();
        List<String> team = new ArrayList<>(em.createQuery("select pp.userId from PractitionerProfile pp "
                + "where pp.supervisorId = :me", String.class).setParameter("me", me).getResultList());
        team.add(me);
        return team;
    }

    /** The caller facilitates the case, or supervises someone who does: they practise on it. */
    public static boolean practises(EntityManager em, Caller caller, CaseRecord record) {
        return caller.hasAnyRole(Role.PRACTITIONER, Role.CASE_SUPERVISOR) && worksOn(em, caller, record);
    }

    /**
     * One statement, the team looked up inside it: judging scope is on the path of every change to a case, and
     * a round trip for the team and another for the count were two of a meeting's scheduling's twenty.
     */
    static boolean worksOn(EntityManager em, Caller caller, CaseRecord record) {
        return em.createQuery("select count(p) from CaseParticipant p where p.caseId = :case and p.role = :facilitator "
                + "and (p.userId = :me or p.userId in (select pp.userId from PractitionerProfile pp "
                + "where pp.supervisorId = :me))", Long.class).setParameter("case", record.getId())
                .setParameter("facilitator", ParticipantRole.FACILITATOR).setParameter("me", caller.userId().toString())
                .getSingleResult() > 0;
    }
}
