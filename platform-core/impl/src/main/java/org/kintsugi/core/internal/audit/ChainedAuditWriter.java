package org.kintsugi.core.internal.audit;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.internal.db.CoreSchemaReady;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Appends under a row lock on a chain head: the only way several stateless nodes can share the chains
 * without inventing clustering. The lock lasts until the commit, so with one chain every audited
 * request queued behind the one before for the length of a commit (about 1,000 a second at most);
 * with {@value #CHAINS} chains an append takes whichever head no other transaction holds.
 * Called inside a transaction, it joins it, so a change and its audit row commit or fail together.
 */
@Component(service = AuditWriter.class)
public class ChainedAuditWriter implements AuditWriter {
    /** As many as changeset core-19-audit-chains creates. */
    static final int CHAINS = 16;

    private final JpaTemplate jpa;

    @Activate
    public ChainedAuditWriter(@Reference(target = "(osgi.unit.name=kintsugi-core)") JpaTemplate jpa,
            @Reference CoreSchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public void record(AuditRecord record) {
        jpa.tx(TransactionType.Required, em -> {
            Object[] head = freeHead(em);
            int chain = ((Number) head[0]).intValue();
            // Drawn while the head is locked, so seq grows along every chain as well as overall.
            long seq = ((Number) em.createNativeQuery("SELECT nextval('audit_event_seq')").getSingleResult()).longValue();
            AuditEvent event = new AuditEvent(chain, seq, AuditChain.stamp(Instant.now()), record, (String) head[1]);
            em.persist(event);
            em.createNativeQuery("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = ?")
                    .setParameter(1, seq).setParameter(2, event.getHash()).setParameter(3, chain).executeUpdate();
        });
    }

    /**
     * The id and last hash of the first chain no other transaction holds, locked (one this transaction
     * already holds counts as free); when every chain is busy, those of one picked at random, waited for.
     */
    private static Object[] freeHead(EntityManager em) {
        List<?> free = em.createNativeQuery(
                "SELECT id, last_hash FROM audit_head ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED").getResultList();
        if (!free.isEmpty()) {
            return (Object[]) free.get(0);
        }
        return (Object[]) em.createNativeQuery("SELECT id, last_hash FROM audit_head WHERE id = ? FOR UPDATE")
                .setParameter(1, 1 + ThreadLocalRandom.current().nextInt(CHAINS)).getSingleResult();
    }
}
