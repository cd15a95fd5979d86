package org.kintsugi.core.internal.cases;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.kintsugi.core.spi.cases.CaseHoldChange;
import org.kintsugi.core.spi.cases.CaseHoldListener;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Every installed module's listener, told of a case change inside the transaction that makes it. */
@Component(service = CaseListeners.class)
public class CaseListeners {
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<CaseHoldListener> listeners = new CopyOnWriteArrayList<>();

    /** Call inside the changing transaction; a listener that throws rolls the whole change back. */
    public void tell(CaseHoldChange change) {
        for (CaseHoldListener listener : listeners) {
            listener.onHoldChanged(change);
        }
    }
}
