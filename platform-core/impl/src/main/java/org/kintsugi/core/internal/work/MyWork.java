package org.kintsugi.core.internal.work;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.cases.CaseScope;
import org.kintsugi.core.internal.db.CoreUnit;
import org.kintsugi.core.internal.modules.ModuleEnablement;
import org.kintsugi.core.internal.modules.ModuleRegistry;
import org.kintsugi.core.spi.work.WorkList;
import org.kintsugi.core.spi.work.WorkSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything waiting for one person: the core's tasks and referrals, then each module's work where the
 * module is offered to them. Every entry's case is looked up in the caller's scope, which also gives its
 * reference: an entry outside it is dropped (and the module's mistake logged), so no source can show more
 * than the core allows. A source that fails is named, and the rest is shown.
 */
@Component(service = MyWork.class)
public class MyWork {
    private static final Logger LOG = LoggerFactory.getLogger(MyWork.class);

    private final JpaTemplate jpa;
    private final ModuleRegistry modules;
    private final ModuleEnablement enablement;
    private final List<WorkSource> sources = new CopyOnWriteArrayList<>();

    @Activate
    public MyWork(@Reference(target = CoreUnit.READY) JpaTemplate jpa, @Reference ModuleRegistry modules,
            @Reference ModuleEnablement enablement) {
        this.jpa = jpa;
        this.modules = modules;
        this.enablement = enablement;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void add(WorkSource source) {
        sources.add(source);
    }

    void remove(WorkSource source) {
        sources.remove(source);
    }

    public WorkViews.Page of(Caller caller) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<WorkList> coreLists = new ArrayList<>();
        List<WorkViews.ListView> hubLists = new ArrayList<>(); // referrals to decide, venues to have checked
        jpa.tx(TransactionType.Required, em -> {
            coreLists.add(TaskWork.overdue(em, caller, today));
            coreLists.add(TaskWork.dueSoon(em, caller, today));
            ReferralWork.waiting(em, caller).ifPresent(hubLists::add);
            VenueWork.checksDue(em, caller, today).ifPresent(hubLists::add);
        });
        Map<String, List<WorkList>> moduleLists = new LinkedHashMap<>();
        List<String> unavailable = new ArrayList<>();
        for (WorkSource source : offered(caller)) {
            try {
                moduleLists.put(source.moduleId(), List.copyOf(source.waitingFor(caller, today)));
            } catch (RuntimeException failed) {
                LOG.warn("The work of module {} could not be read", source.moduleId(), failed);
                unavailable.add(modules.find(source.moduleId()).map(m -> m.displayName()).orElse(source.moduleId()));
            }
        }
        Set<String> caseIds = new HashSet<>();
        coreLists.forEach(l -> l.entries().forEach(e -> caseIds.add(e.caseId())));
        moduleLists.values().forEach(ls -> ls.forEach(l -> l.entries().forEach(e -> caseIds.add(e.caseId()))));
        Map<String, String> references = referencesInScope(caller, caseIds);
        List<WorkViews.ListView> lists = new ArrayList<>();
        lists.add(new WorkViews.ListView("core", coreLists.get(0), references));
        lists.addAll(hubLists);
        lists.add(new WorkViews.ListView("core", coreLists.get(1), references));
        moduleLists.forEach((module, ls) -> ls.forEach(l -> lists.add(new WorkViews.ListView(module, l, references))));
        return new WorkViews.Page(lists, unavailable);
    }

    /** Each case's reference, for the cases among these the caller may see; the others are not in the map. */
    private Map<String, String> referencesInScope(Caller caller, Set<String> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<Object[]> query = em.createQuery("select c.id, c.reference from CaseRecord c where c.id in :ids and "
                    + CaseScope.condition(caller), Object[].class).setParameter("ids", caseIds);
            Map<String, String> references = new HashMap<>();
            CaseScope.bindScope(em, query, caller).getResultList().forEach(row -> references.put((String) row[0], (String) row[1]));
            if (references.size() < caseIds.size()) {
                LOG.warn("A module offered {} entries of cases outside the caller's scope; they are not shown",
                        caseIds.size() - references.size());
            }
            return references;
        });
    }

    private List<WorkSource> offered(Caller caller) {
        return sources.stream().filter(s -> modules.find(s.moduleId()).isPresent())
                .filter(s -> enablement.availableTo(s.moduleId(), caller))
                .sorted(Comparator.comparing(WorkSource::moduleId)).collect(Collectors.toList());
    }
}
