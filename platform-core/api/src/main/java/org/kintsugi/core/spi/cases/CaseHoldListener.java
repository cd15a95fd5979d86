package org.kintsugi.core.spi.cases;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Register one per module. The core calls every installed listener inside the transaction that pauses,
 * resumes, withdraws, halts, closes or re-engages a case, so a withdrawal and each module's holding of
 * its pending work commit together. Do the module's work through its own JpaTemplate with TransactionType.Required, which joins that transaction.
 * Throwing rolls the whole change back and the caller is told nothing changed: fail only when you
 * cannot keep the case safe.
 */
@ConsumerType
public interface CaseHoldListener {
    void onHoldChanged(CaseHoldChange change);
}
