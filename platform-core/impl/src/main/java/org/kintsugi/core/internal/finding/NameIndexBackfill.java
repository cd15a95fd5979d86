package org.kintsugi.core.internal.finding;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.internal.cases.CaseParticipant;
import org.kintsugi.core.internal.cases.ParticipantDetails;
import org.kintsugi.core.internal.crypto.DataKeyring;
import org.kintsugi.core.internal.db.CoreUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes the names of participants stored before the name index existed, once the schema is ready, in the
 * background and in small transactions: a hub with years of cases can search by name minutes after upgrading,
 * and nobody waits for it. New participants are indexed as they are added; this finds nothing to do then.
 */
@Component(immediate = true)
public class NameIndexBackfill {
    private static final Logger LOG = LoggerFactory.getLogger(NameIndexBackfill.class);
    private static final int BATCH = 200;

    private final JpaTemplate jpa;
    private final ParticipantDetails details;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "kintsugi-name-index"));

    @Activate
    public NameIndexBackfill(@Reference(target = CoreUnit.READY) JpaTemplate jpa, @Reference DataKeyring keys) {
        this.jpa = jpa;
        this.details = new ParticipantDetails(keys);
        worker.execute(this::indexAll);
    }

    @Deactivate
    void stop() {
        worker.shutdownNow();
    }

    private void indexAll() {
        int indexed = 0;
        try {
            int done;
            do {
                done = jpa.txExpr(TransactionType.Required, em -> {
                    List<CaseParticipant> batch = em.createQuery("select p from CaseParticipant p where p.nameIndexed = false "
                            + "order by p.id", CaseParticipant.class).setMaxResults(BATCH).getResultList();
                    batch.forEach(p -> details.index(em, p, p.getDetailsEnc() == null ? null : details.open(p)));
                    return batch.size();
                });
                indexed += done;
            } while (done == BATCH && !Thread.currentThread().isInterrupted());
            if (indexed > 0) {
                LOG.info("Indexed the names of {} participants stored before the name index", indexed);
            }
        } catch (RuntimeException failed) {
            LOG.warn("Indexing the names of earlier participants stopped after {}; it goes on at the next start", indexed,
                    failed);
        }
    }
}
