package org.kintsugi.core.internal.audit;

import java.util.List;

/** Appends to the hash-chained audit trail. */
public interface AuditWriter {
    void record(AuditRecord record);

    /** Appends the records in the caller's transaction, in their order, as one stretch of one chain where it can. */
    void recordAll(List<AuditRecord> records);
}
