package org.kintsugi.core.internal.audit;

import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.internal.db.CoreSchemaReady;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Walks the chain from the first row to the head as it was when verification began, in pages,
 * and reports the first row whose sequence, link or content does not match.
 */
@Component(service = AuditVerifier.class)
public class AuditVerifier {
    private static final int PAGE = 2_000;

    private final JpaTemplate jpa;

    @Activate
    public AuditVerifier(@Reference(target = "(osgi.unit.name=kintsugi-core)") JpaTemplate jpa,
            @Reference CoreSchemaReady schema) {
        this.jpa = jpa;
    }

    public AuditVerification verify() {
        AuditHead head = jpa.txExpr(TransactionType.Required, em -> em.find(AuditHead.class, AuditHead.ID));
        long expectedSeq = 1;
        String previousHash = AuditChain.GENESIS;
        while (expectedSeq <= head.getLastSeq()) {
            List<AuditEvent> page = page(expectedSeq - 1, head.getLastSeq());
            if (page.isEmpty()) {
                return AuditVerification.broken(expectedSeq - 1, expectedSeq,
                        "rows " + expectedSeq + " to " + head.getLastSeq() + " are missing");
            }
            for (AuditEvent event : page) {
                if (event.getSeq() != expectedSeq) {
                    return AuditVerification.broken(expectedSeq - 1, expectedSeq, "row " + expectedSeq + " is missing");
                }
                if (!event.getPrevHash().equals(previousHash)) {
                    return AuditVerification.broken(expectedSeq - 1, expectedSeq, "row " + expectedSeq
                            + " does not link to the row before it");
                }
                if (!AuditChain.hash(event).equals(event.getHash())) {
                    return AuditVerification.broken(expectedSeq - 1, expectedSeq, "row " + expectedSeq
                            + " was altered after it was written");
                }
                previousHash = event.getHash();
                expectedSeq++;
            }
        }
        if (!previousHash.equals(head.getLastHash())) {
            return AuditVerification.broken(head.getLastSeq(), head.getLastSeq(), "the last row does not match the chain head");
        }
        return AuditVerification.intact(head.getLastSeq());
    }

    private List<AuditEvent> page(long after, long upTo) {
        return jpa.txExpr(TransactionType.Required, (EntityManager em) -> em.createQuery(
                "select e from AuditEvent e where e.seq > :after and e.seq <= :upTo order by e.seq", AuditEvent.class)
                .setParameter("after", after).setParameter("upTo", upTo).setMaxResults(PAGE).getResultList());
    }
}
