package org.kintsugi.core.spi.cases;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The one question every module asks before anything passes between the parties: may this kind of
 * contact happen on this case now, and if not, which rule stops it. Provided by the core.
 *
 * <p>Call it inside the transaction that schedules or delivers (a module's JpaTemplate with
 * TransactionType.Required joins it). The case stays locked until that transaction ends, so a
 * withdrawal or halt either waits for the delivery or is seen by it: never both half-way.
 */
@ProviderType
public interface ContactGate {
    /** An unknown case is refused with rule {@code case-not-found}. */
    ContactVerdict check(String caseId, ContactKind kind);
}
