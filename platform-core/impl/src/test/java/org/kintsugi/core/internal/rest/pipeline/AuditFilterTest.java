package org.kintsugi.core.internal.rest.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AuditFilterTest {
    @Test
    void recordTypeIsTheFirstLiteralSegmentAfterTheModule() {
        assertEquals("cases", AuditFilter.recordType("/cases/{id}/participants"));
        assertEquals("letters", AuditFilter.recordType("/modules/letter-exchange/letters/{id}"));
        assertNull(AuditFilter.recordType("/"));
    }
}
