package org.kintsugi.core.internal.rest.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AuditRecordsTest {
    @Test
    void recordTypeIsTheFirstLiteralSegmentAfterTheModule() {
        assertEquals("cases", AuditRecords.recordType("/cases/{id}/participants"));
        assertEquals("letters", AuditRecords.recordType("/modules/letter-exchange/letters/{id}"));
        assertNull(AuditRecords.recordType("/"));
    }
}
