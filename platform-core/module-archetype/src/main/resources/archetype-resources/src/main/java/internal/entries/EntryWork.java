package ${package}.internal.entries;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.work.WorkEntry;
import org.kintsugi.core.spi.work.WorkList;
import org.kintsugi.core.spi.work.WorkSource;
import ${package}.internal.${serviceClass};
import ${package}.internal.access.${serviceClass}Cases;
import ${package}.internal.store.Entry;
import ${package}.internal.store.${serviceClass}Unit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * On the home page ("My work") of those who work on the cases: entries written but not shared yet, oldest first.
 * Counted in the database, on the caller's team's cases in regions offering the module; never a word of an entry.
 */
@Component(service = WorkSource.class)
public class EntryWork implements WorkSource {
    private final JpaTemplate jpa;
    private final ${serviceClass}Cases cases;

    @Activate
    public EntryWork(@Reference(target = ${serviceClass}Unit.READY) JpaTemplate jpa, @Reference ${serviceClass}Cases cases) {
        this.jpa = jpa;
        this.cases = cases;
    }

    @Override
    public String moduleId() {
        return ${serviceClass}.ID;
    }

    @Override
    public List<WorkList> waitingFor(Caller caller, LocalDate today) {
        Set<String> worked = cases.practised(caller);
        Set<String> regions = cases.offeredRegions();
        if (worked.isEmpty() || regions.isEmpty()) {
            return List.of();
        }
        String where = " from Entry e where e.sharedAt is null and e.held = false and e.caseId in :cases and e.region in :regions";
        return jpa.txExpr(TransactionType.Required, em -> {
            long total = em.createQuery("select count(e)" + where, Long.class).setParameter("cases", worked)
                    .setParameter("regions", regions).getSingleResult();
            List<WorkEntry> entries = em.createQuery("select e" + where + " order by e.writtenAt, e.id", Entry.class)
                    .setParameter("cases", worked).setParameter("regions", regions).setMaxResults(WorkList.MAX_ENTRIES)
                    .getResultList().stream().map(e -> new WorkEntry(e.getCaseId(), "${messagePrefix}.work.unsharedEntry",
                            Map.of("written", LocalDate.ofInstant(e.getWrittenAt(), ZoneOffset.UTC).toString()), e.getId(),
                            null, false))
                    .collect(Collectors.toList());
            return List.of(new WorkList("unshared", "${messagePrefix}.work.unshared", null, (int) total, 0, entries));
        });
    }
}
