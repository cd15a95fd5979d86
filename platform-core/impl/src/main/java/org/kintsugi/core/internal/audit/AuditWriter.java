package org.kintsugi.core.internal.audit;

/** Appends to the hash-chained audit trail. */
public interface AuditWriter {
    void record(AuditRecord record);
}
