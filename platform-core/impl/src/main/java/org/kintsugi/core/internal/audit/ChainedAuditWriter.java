package org.kintsugi.core.internal.audit;

import java.time.Instant;

import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.internal.db.CoreSchemaReady;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Appends under a row lock on the chain head: short, and the only way several stateless nodes can
 * share one linear chain without inventing clustering. Called inside a transaction, it joins it, so a
 * change and its audit row commit or fail together; the pipeline's per-request row is written after
 * the resource's own transaction, in one of its own.
 */
@Component(service = AuditWriter.class)
public class ChainedAuditWriter implements AuditWriter {
    private final JpaTemplate jpa;

    @Activate
    public ChainedAuditWriter(@Reference(target = "(osgi.unit.name=kintsugi-core)") JpaTemplate jpa,
            @Reference CoreSchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public void record(AuditRecord record) {
        jpa.tx(TransactionType.Required, em -> {
            AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
            AuditEvent event = new AuditEvent(head.getLastSeq() + 1, AuditChain.stamp(Instant.now()), record,
                    head.getLastHash());
            em.persist(event);
            head.advance(event);
        });
    }
}
