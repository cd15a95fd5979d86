package org.kintsugi.core.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static final Instant AT = Instant.parse("2026-01-01T10:00:00.123456789Z");

    private static AuditRecord record(String actor, String recordId) {
        return new AuditRecord(actor, null, "GET /cases/{id}", "core", "cases", recordId, "127.0.0.1", "200");
    }

    @Test
    void eachRowLinksToThePreviousHash() {
        AuditEvent first = new AuditEvent(1, 1, AT, record("jo", "id=1"), AuditChain.GENESIS);
        AuditEvent second = new AuditEvent(1, 2, AT, record("jo", "id=1"), first.getHash());
        assertEquals(64, first.getHash().length());
        assertNotEquals(first.getHash(), second.getHash());
        assertEquals(second.getHash(), AuditChain.hash(second));
    }

    @Test
    void fieldBoundariesCannotBeForged() {
        AuditEvent a = new AuditEvent(1, 1, AT, record("ab", "c"), AuditChain.GENESIS);
        AuditEvent b = new AuditEvent(1, 1, AT, record("a", "bc"), AuditChain.GENESIS);
        assertNotEquals(a.getHash(), b.getHash());
    }

    @Test
    void timeIsHashedAtTheDatabasePrecision() {
        assertEquals(Instant.parse("2026-01-01T10:00:00.123456Z"), AuditChain.stamp(AT));
    }
}
