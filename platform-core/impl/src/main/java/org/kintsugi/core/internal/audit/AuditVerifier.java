package org.kintsugi.core.internal.audit;

import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.internal.db.CoreSchemaReady;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Walks every chain from its first row to its head as the heads were when verification began, in
 * pages, and reports the lowest-numbered row whose link or content does not match. Rows that belong
 * to no chain (written around the application) are reported too.
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
        List<AuditHead> heads = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select h from AuditHead h order by h.id", AuditHead.class).getResultList());
        long checked = 0;
        Optional<ChainBreak> first = Optional.empty();
        for (AuditHead head : heads) {
            ChainWalk walk = walk(head);
            checked += walk.checked;
            if (walk.broken != null && first.map(b -> walk.broken.seq < b.seq).orElse(true)) {
                first = Optional.of(walk.broken);
            }
        }
        Optional<ChainBreak> stray = strayRow(heads);
        if (stray.isPresent() && first.map(b -> stray.get().seq < b.seq).orElse(true)) {
            first = stray;
        }
        long total = checked;
        return first.map(b -> AuditVerification.broken(total, b.seq, b.problem))
                .orElseGet(() -> AuditVerification.intact(total));
    }

    private ChainWalk walk(AuditHead head) {
        ChainWalk walk = new ChainWalk();
        long after = 0;
        String previousHash = AuditChain.GENESIS;
        while (after < head.getLastSeq()) {
            List<AuditEvent> page = page(head.getId(), after, head.getLastSeq());
            if (page.isEmpty()) {
                break;
            }
            for (AuditEvent event : page) {
                if (!event.getPrevHash().equals(previousHash)) {
                    return walk.broke(event.getSeq(), "row " + event.getSeq()
                            + " does not link to the row before it: a row is missing or was inserted");
                }
                if (!AuditChain.hash(event).equals(event.getHash())) {
                    return walk.broke(event.getSeq(), "row " + event.getSeq() + " was altered after it was written");
                }
                previousHash = event.getHash();
                after = event.getSeq();
                walk.checked++;
            }
        }
        if (!previousHash.equals(head.getLastHash())) {
            return walk.broke(head.getLastSeq(), "the last row of chain " + head.getId()
                    + " does not match its head: rows at its end are missing");
        }
        return walk;
    }

    /**
     * One page, let go of once read: the request's entity manager would otherwise keep every row it ever
     * loaded (with a copy of each for change tracking), and a trail of a few hundred thousand rows
     * exhausted the heap. The verifying request changes nothing, so clearing it loses nothing.
     */
    private List<AuditEvent> page(int chain, long after, long upTo) {
        return jpa.txExpr(TransactionType.Required, (EntityManager em) -> {
            List<AuditEvent> page = em.createQuery("select e from AuditEvent e where e.chain = :chain "
                    + "and e.seq > :after and e.seq <= :upTo order by e.seq", AuditEvent.class)
                    .setParameter("chain", chain).setParameter("after", after).setParameter("upTo", upTo)
                    .setMaxResults(PAGE).getResultList();
            em.clear();
            return page;
        });
    }

    /** A row whose chain has no head cannot have been written by the platform. */
    private Optional<ChainBreak> strayRow(List<AuditHead> heads) {
        List<Integer> chains = heads.stream().map(AuditHead::getId).toList();
        return jpa.txExpr(TransactionType.Required, (EntityManager em) -> em.createQuery(
                "select e from AuditEvent e where e.chain not in :chains order by e.seq", AuditEvent.class)
                .setParameter("chains", chains).setMaxResults(1).getResultList().stream().findFirst()
                .map(e -> new ChainBreak(e.getSeq(), "row " + e.getSeq() + " belongs to no audit chain")));
    }

    private static final class ChainWalk {
        private long checked;
        private ChainBreak broken;

        ChainWalk broke(long seq, String problem) {
            broken = new ChainBreak(seq, problem);
            return this;
        }
    }

    private record ChainBreak(long seq, String problem) {
    }
}
