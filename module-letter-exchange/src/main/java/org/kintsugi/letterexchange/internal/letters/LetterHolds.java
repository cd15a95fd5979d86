package org.kintsugi.letterexchange.internal.letters;

import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.spi.cases.CaseHoldChange;
import org.kintsugi.core.spi.cases.CaseHoldListener;
import org.kintsugi.letterexchange.internal.flow.ItemState;
import org.kintsugi.letterexchange.internal.store.Items;
import org.kintsugi.letterexchange.internal.store.LetterItem;
import org.kintsugi.letterexchange.internal.store.LetterUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A pause, withdrawal, halt or closure holds every item of the case not yet delivered, inside the
 * core's transaction: the case's change and the holding commit together or not at all. Resuming or
 * re-engaging releases nothing: a facilitator releases held items one by one.
 */
@Component(service = CaseHoldListener.class)
public class LetterHolds implements CaseHoldListener {
    private final JpaTemplate jpa;

    @Activate
    public LetterHolds(@Reference(target = LetterUnit.READY) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public void onHoldChanged(CaseHoldChange change) {
        if (!change.stopsContact()) {
            return;
        }
        jpa.tx(TransactionType.Required, em -> {
            List<LetterItem> pending = em.createQuery("select i from LetterItem i where i.caseId = :case "
                    + "and i.state in :pending", LetterItem.class)
                    .setParameter("case", change.caseId()).setParameter("pending", ItemState.pendingStates()).getResultList();
            for (LetterItem item : pending) { // already held ones too: they now wait for the latest reason
                item.hold(change.kind().name(), change.at());
                Items.record(em, item, "HOLD_" + change.kind().name(), null, change.at());
            }
        });
    }
}
