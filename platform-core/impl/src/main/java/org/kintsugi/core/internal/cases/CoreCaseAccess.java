package org.kintsugi.core.internal.cases;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.kintsugi.core.internal.db.CoreUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.spi.cases.CaseAccess;
import org.kintsugi.core.spi.cases.CaseParty;
import org.kintsugi.core.spi.cases.CaseSnapshot;
import org.kintsugi.core.spi.cases.VisibleCases;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.coordinator.Coordinator;

/** Cases as modules see them: the same scope as the core's own endpoints, and no personal details. */
@Component(service = CaseAccess.class)
public class CoreCaseAccess implements CaseAccess {
    /** Keeps one list query's IN clause well inside what PostgreSQL plans quickly. */
    private static final int BATCH = 500;

    private final JpaTemplate jpa;
    private final Coordinator coordinator;

    @Activate
    public CoreCaseAccess(@Reference(target = CoreUnit.READY) JpaTemplate jpa, @Reference Coordinator coordinator) {
        this.jpa = jpa;
        this.coordinator = coordinator;
    }

    @Override
    public Optional<CaseSnapshot> visible(Caller caller, String caseId) {
        return one(caller, caseId, LockModeType.NONE);
    }

    @Override
    public Optional<CaseSnapshot> visibleForUpdate(Caller caller, String caseId) {
        return one(caller, caseId, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<CaseSnapshot> one(Caller caller, String caseId, LockModeType lock) {
        if (caller == null || caseId == null) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseRecord record = em.find(CaseRecord.class, caseId, lock);
            if (record == null) {
                return Optional.empty();
            }
            // The scope as CaseScope.visible judges it, from the parties and the team the snapshot reads anyway:
            // asking CaseScope too read the team twice and counted the facilitators again.
            CaseSnapshot snapshot = snapshots(em, caller, List.of(record), teamOf(em, caller), false).get(caseId);
            if (!CaseScope.visibleGiven(caller, record, snapshot::callerPractises)) {
                return Optional.empty();
            }
            CaseScope.seen(coordinator, caller, caseId);
            return Optional.of(snapshot);
        });
    }

    @Override
    public Map<String, CaseSnapshot> visible(Caller caller, Collection<String> caseIds) {
        if (caller == null || caseIds == null || caseIds.isEmpty() || !CaseScope.mayList(caller)) {
            return Map.of();
        }
        List<String> ids = List.copyOf(new HashSet<>(caseIds));
        return jpa.txExpr(TransactionType.Required, em -> {
            List<String> team = teamOf(em, caller); // looked up once, for the scope and for who practises
            Map<String, CaseSnapshot> seen = new LinkedHashMap<>();
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<CaseRecord> records = CaseScope.bindScope(readOnly(em.createQuery("select c from CaseRecord c "
                        + "where c.id in :ids and " + CaseScope.condition(caller), CaseRecord.class)), caller, team)
                        .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + BATCH))).getResultList();
                seen.putAll(snapshots(em, caller, records, team, true));
            }
            return seen;
        });
    }

    /** The same scope as {@link CaseScope#condition}, as regions and case ids. */
    @Override
    public VisibleCases visibleCases(Caller caller) {
        if (caller == null || !CaseScope.mayList(caller)) {
            return VisibleCases.none();
        }
        if (caller.hasRole(Role.NATIONAL_ADMIN)) {
            return VisibleCases.everyCase();
        }
        Set<String> whole = caller.hasAnyRole(Role.HUB_ADMIN, Role.COORDINATOR) ? caller.regions() : Set.of();
        if (!caller.hasAnyRole(Role.PRACTITIONER, Role.CASE_SUPERVISOR)) {
            return VisibleCases.of(whole, Set.of());
        }
        return jpa.txExpr(TransactionType.Required, em -> VisibleCases.of(whole, Set.copyOf(em.createQuery(
                "select distinct p.caseId from CaseParticipant p where p.role = :facilitator and p.userId in :team",
                String.class).setParameter("facilitator", ParticipantRole.FACILITATOR)
                .setParameter("team", CaseScope.team(em, caller)).getResultList())));
    }

    @Override
    public Set<String> facilitatedBy(Caller caller, String userId) {
        if (caller == null || userId == null || !CaseScope.mayList(caller)) {
            return Set.of();
        }
        return jpa.txExpr(TransactionType.Required, em -> Set.copyOf(CaseScope.bindScope(em, em.createQuery(
                "select distinct p.caseId from CaseParticipant p, CaseRecord c where c.id = p.caseId "
                        + "and p.role = :facilitator and p.userId = :user and " + CaseScope.condition(caller),
                String.class), caller).setParameter("facilitator", ParticipantRole.FACILITATOR)
                .setParameter("user", userId).getResultList()));
    }

    /** The caller's team when they practise (a practitioner or supervisor); none otherwise. */
    private static List<String> teamOf(EntityManager em, Caller caller) {
        return caller.hasAnyRole(Role.PRACTITIONER, Role.CASE_SUPERVISOR) ? CaseScope.team(em, caller) : List.of();
    }

    /**
     * A page's cases and parties only become snapshots: read without registering them for change, so the commit does
     * not compare every field of every one against a copy (with weaving off, most of a list's cost). Never for a case
     * the request goes on to change.
     */
    private static <T> TypedQuery<T> readOnly(TypedQuery<T> query) {
        return query.setHint("eclipselink.read-only", "true");
    }

    /**
     * Snapshots of visible cases, with their parties read in one query; {@code team} from {@link #teamOf};
     * {@code page}: for a list, the parties read only ({@link #readOnly}).
     */
    private static Map<String, CaseSnapshot> snapshots(EntityManager em, Caller caller, List<CaseRecord> records,
            List<String> team, boolean page) {
        if (records.isEmpty()) {
            return Map.of();
        }
        List<String> ids = records.stream().map(CaseRecord::getId).collect(Collectors.toList());
        TypedQuery<CaseParticipant> query = em.createQuery("select p from CaseParticipant p "
                + "where p.caseId in :ids order by p.addedAt, p.role", CaseParticipant.class);
        Map<String, List<CaseParticipant>> parties = (page ? readOnly(query) : query)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.groupingBy(CaseParticipant::getCaseId, LinkedHashMap::new, Collectors.toList()));
        Set<String> practising = new HashSet<>(team);
        Map<String, CaseSnapshot> snapshots = new LinkedHashMap<>();
        for (CaseRecord record : records) {
            List<CaseParticipant> people = parties.getOrDefault(record.getId(), List.of());
            boolean practises = people.stream().anyMatch(p -> p.getRole() == ParticipantRole.FACILITATOR
                    && p.getUserId() != null && practising.contains(p.getUserId()));
            snapshots.put(record.getId(), new CaseSnapshot(record.getId(), record.getReference(), record.getRegionCode(), record.getStage(),
                    record.getHold(), record.isSpecialRisk(), people.stream()
                            .map(p -> new CaseParty(p.getId(), p.getRole(), p.getUserId())).collect(Collectors.toList()),
                    practises));
        }
        return snapshots;
    }
}
