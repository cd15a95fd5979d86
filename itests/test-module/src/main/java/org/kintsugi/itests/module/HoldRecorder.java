package org.kintsugi.itests.module;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.kintsugi.core.spi.cases.CaseHoldChange;
import org.kintsugi.core.spi.cases.CaseHoldListener;
import org.osgi.service.component.annotations.Component;

/**
 * Stands in for a module with pending work: records what it was told, and can be made to fail once,
 * so the tests can show that a module's failure undoes the whole change.
 */
@Component(service = {CaseHoldListener.class, HoldRecorder.class})
public class HoldRecorder implements CaseHoldListener {
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final AtomicBoolean failNext = new AtomicBoolean();

    @Override
    public void onHoldChanged(CaseHoldChange change) {
        if (failNext.getAndSet(false)) {
            throw new IllegalStateException("test module could not hold its work for " + change.caseId());
        }
        seen.add(change.caseId() + ":" + change.kind());
    }

    List<String> seen() {
        return List.copyOf(seen);
    }

    void failNext() {
        failNext.set(true);
    }
}
