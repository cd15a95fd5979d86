package ${package}.internal.entries;

import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.spi.cases.CaseHoldChange;
import org.kintsugi.core.spi.cases.CaseHoldListener;
import ${package}.internal.store.Entry;
import ${package}.internal.store.${serviceClass}Unit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A pause, withdrawal, halt or closure holds every entry of the case not yet shared, inside the core's
 * transaction: the case's change and the holding commit together or not at all. Resuming or re-engaging
 * releases nothing: a facilitator releases held entries one by one.
 */
@Component(service = CaseHoldListener.class)
public class EntryHolds implements CaseHoldListener {
    private final JpaTemplate jpa;

    @Activate
    public EntryHolds(@Reference(target = ${serviceClass}Unit.READY) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public void onHoldChanged(CaseHoldChange change) {
        if (!change.stopsContact()) {
            return;
        }
        jpa.tx(TransactionType.Required, em -> {
            List<Entry> unshared = em.createQuery("select e from Entry e where e.caseId = :case and e.sharedAt is null",
                    Entry.class).setParameter("case", change.caseId()).getResultList();
            for (Entry entry : unshared) { // already held ones too: they now wait for the latest reason
                entry.hold(change.kind().name());
            }
        });
    }
}
