package org.kintsugi.core.internal.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.kintsugi.core.internal.db.CoreUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.problem.ProblemException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Verifies the audit trail in steps that any request on any node can continue: a run remembers the
 * chain heads as they were when it began and how far it has walked each chain, and each step walks at
 * most a given number of rows. It reports the lowest-numbered row whose link or content does not match,
 * and rows that belong to no chain (written around the application). Two steps of one run at once take
 * turns: each holds the run's row while it walks.
 */
@Component(service = AuditVerifier.class)
public class AuditVerifier {
    private static final int PAGE = 2_000;

    private final JpaTemplate jpa;

    @Activate
    public AuditVerifier(@Reference(target = CoreUnit.READY) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** A new run at the trail's current end: nothing walked yet, and how many rows it will walk. */
    public VerificationRun start(String startedBy) {
        return jpa.txExpr(TransactionType.Required, em -> {
            List<AuditHead> heads = em.createQuery("select h from AuditHead h order by h.id", AuditHead.class)
                    .getResultList();
            long upTo = heads.stream().mapToLong(AuditHead::getLastSeq).max().orElse(0);
            long total = em.createQuery("select count(e) from AuditEvent e where e.seq <= :upTo", Long.class)
                    .setParameter("upTo", upTo).getSingleResult();
            String progress = ChainProgress.encode(heads.stream()
                    .map(h -> new ChainProgress(h.getId(), h.getLastSeq(), h.getLastHash())).toList());
            VerificationRun run = new VerificationRun(UUID.randomUUID().toString(), startedBy,
                    AuditChain.stamp(Instant.now()), total, progress);
            em.persist(run);
            em.flush(); // a step in the same request finds it, locked, in the database
            return run;
        });
    }

    public VerificationRun get(String id) {
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(em.find(VerificationRun.class, id))
                .orElseThrow(ProblemException::notFound));
    }

    public List<VerificationRun> recent(int limit) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select r from VerificationRun r order by r.startedAt desc, r.id", VerificationRun.class)
                .setMaxResults(limit).getResultList());
    }

    /** Walks at most {@code rows} more rows of the run, and finishes it once every chain is walked. */
    public VerificationRun advance(String id, long rows) {
        return jpa.txExpr(TransactionType.Required, em -> {
            VerificationRun run = em.find(VerificationRun.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (run == null) {
                throw ProblemException.notFound();
            }
            if (run.getStatus() != VerificationRun.Status.RUNNING) {
                return run;
            }
            List<ChainProgress> chains = ChainProgress.decode(run.getProgress());
            long budget = rows;
            for (ChainProgress chain : chains) {
                if (budget <= 0) {
                    break;
                }
                budget -= walk(em, chain, budget);
            }
            run.advanced(ChainProgress.encode(chains), chains.stream().mapToLong(c -> c.checked).sum());
            if (chains.stream().allMatch(ChainProgress::finished)) {
                finish(em, run, chains);
            }
            return run;
        });
    }

    /** Walks one chain on, by at most {@code budget} rows; returns how many it read. */
    private long walk(EntityManager em, ChainProgress chain, long budget) {
        long read = 0;
        while (!chain.finished() && read < budget) {
            List<AuditEvent> page = page(em, chain, (int) Math.min(PAGE, budget - read));
            if (page.isEmpty()) {
                chain.reachedEnd();
                break;
            }
            for (AuditEvent event : page) {
                read++;
                if (!event.getPrevHash().equals(chain.previousHash)) {
                    chain.broke(event.getSeq(), "row " + event.getSeq()
                            + " does not link to the row before it: a row is missing or was inserted");
                    return read;
                }
                if (!AuditChain.hash(event).equals(event.getHash())) {
                    chain.broke(event.getSeq(), "row " + event.getSeq() + " was altered after it was written");
                    return read;
                }
                chain.previousHash = event.getHash();
                chain.after = event.getSeq();
                chain.checked++;
            }
            if (chain.after >= chain.headSeq) {
                chain.reachedEnd();
            }
        }
        return read;
    }

    /**
     * One page, each row let go of once read: the request's entity manager would otherwise keep every row
     * it loaded (with a copy for change tracking); a trail of a few hundred thousand rows exhausted the heap.
     */
    private static List<AuditEvent> page(EntityManager em, ChainProgress chain, int size) {
        List<AuditEvent> page = em.createQuery("select e from AuditEvent e where e.chain = :chain "
                + "and e.seq > :after and e.seq <= :upTo order by e.seq", AuditEvent.class)
                .setParameter("chain", chain.chain).setParameter("after", chain.after)
                .setParameter("upTo", chain.headSeq).setMaxResults(size).getResultList();
        page.forEach(em::detach);
        return page;
    }

    private static void finish(EntityManager em, VerificationRun run, List<ChainProgress> chains) {
        Optional<ChainProgress> first = chains.stream().filter(c -> c.brokenSeq != null)
                .min((a, b) -> Long.compare(a.brokenSeq, b.brokenSeq));
        Long brokenSeq = first.map(c -> c.brokenSeq).orElse(null);
        String problem = first.map(c -> c.problem).orElse(null);
        List<Integer> known = chains.stream().map(c -> c.chain).toList();
        Optional<AuditEvent> stray = em.createQuery("select e from AuditEvent e where e.chain not in :chains "
                + "order by e.seq", AuditEvent.class).setParameter("chains", known).setMaxResults(1)
                .getResultList().stream().findFirst();
        if (stray.isPresent() && (brokenSeq == null || stray.get().getSeq() < brokenSeq)) {
            brokenSeq = stray.get().getSeq();
            problem = "row " + brokenSeq + " belongs to no audit chain";
        }
        run.finish(brokenSeq == null ? VerificationRun.Status.INTACT : VerificationRun.Status.BROKEN, brokenSeq,
                problem, AuditChain.stamp(Instant.now()));
    }
}
