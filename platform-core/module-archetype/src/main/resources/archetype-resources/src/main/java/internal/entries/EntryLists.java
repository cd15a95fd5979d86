package ${package}.internal.entries;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.cases.CaseSnapshot;
import ${package}.api.EntryView;
import ${package}.internal.access.${serviceClass}Cases;
import ${package}.internal.store.Entry;
import ${package}.internal.store.${serviceClass}Unit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A case's entries, newest first, one page at a time; ties broken by id, so pages never overlap. */
@Component(service = EntryLists.class)
public class EntryLists {
    /** One page of a case's entries, and how many there are in all. */
    public static final class Page {
        public final List<EntryView> items;
        public final long total;

        Page(List<EntryView> items, long total) {
            this.items = items;
            this.total = total;
        }
    }

    private final JpaTemplate jpa;
    private final ${serviceClass}Cases cases;
    private final EntryViews views;

    @Activate
    public EntryLists(@Reference(target = ${serviceClass}Unit.READY) JpaTemplate jpa, @Reference ${serviceClass}Cases cases,
            @Reference EntryViews views) {
        this.jpa = jpa;
        this.cases = cases;
        this.views = views;
    }

    public Page forCase(Caller caller, String caseId, int limit, int offset) {
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseSnapshot snapshot = cases.visible(caller, caseId);
            List<Entry> entries = em.createQuery("select e from Entry e where e.caseId = :case "
                    + "order by e.writtenAt desc, e.id desc", Entry.class).setParameter("case", caseId)
                    .setFirstResult(offset).setMaxResults(limit).getResultList();
            long total = em.createQuery("select count(e) from Entry e where e.caseId = :case", Long.class)
                    .setParameter("case", caseId).getSingleResult();
            return new Page(entries.stream().map(e -> views.of(e, snapshot)).collect(Collectors.toList()), total);
        });
    }
}
