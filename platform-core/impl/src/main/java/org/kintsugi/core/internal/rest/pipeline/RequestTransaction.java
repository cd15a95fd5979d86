package org.kintsugi.core.internal.rest.pipeline;

import java.util.List;
import java.util.Optional;

import javax.transaction.Status;
import javax.transaction.SystemException;
import javax.transaction.TransactionManager;
import javax.ws.rs.container.ContainerRequestContext;

import org.kintsugi.core.internal.db.AppendedRow;
import org.kintsugi.core.internal.db.DeferredRows;
import org.osgi.service.coordinator.Coordination;
import org.osgi.service.coordinator.Coordinator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JTA transaction per protected request, begun before authentication and ended by the audit
 * filter: what the request changed and its audit row commit together, or neither does, and the
 * request borrows one connection instead of one per step. The request also runs in one OSGi
 * coordination, so every JpaTemplate call in it shares one EntityManager and reads what an earlier
 * call in the same request wrote but has not committed yet.
 */
public final class RequestTransaction {
    private static final Logger LOG = LoggerFactory.getLogger(RequestTransaction.class);
    private static final String PROPERTY = "kintsugi.request.transaction";

    private final TransactionManager transactions;
    private final Coordination coordination;

    private RequestTransaction(TransactionManager transactions, Coordination coordination) {
        this.transactions = transactions;
        this.coordination = coordination;
    }

    static void begin(TransactionManager transactions, Coordinator coordinator, ContainerRequestContext request) {
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION || coordinator.peek() != null) {
                return; // not ours to manage
            }
            transactions.begin();
            request.setProperty(PROPERTY, new RequestTransaction(transactions, coordinator.begin(DeferredRows.REQUEST, 0)));
        } catch (javax.transaction.NotSupportedException | SystemException e) {
            throw new IllegalStateException("Could not begin the request's transaction", e);
        }
    }

    /** The transaction this request began, if it began one and it is still open. */
    static Optional<RequestTransaction> owned(ContainerRequestContext request) {
        Object owned = request.getProperty(PROPERTY);
        request.removeProperty(PROPERTY);
        return Optional.ofNullable((RequestTransaction) owned);
    }

    /** The rows the request deferred to a group commit ({@link DeferredRows}), taken out of its coordination. */
    List<AppendedRow> deferredRows() {
        return DeferredRows.take(coordination);
    }

    /** Commits, then lets the request's EntityManager go. */
    void commit() throws Exception {
        try {
            transactions.commit();
        } finally {
            endCoordination();
        }
    }

    void rollbackQuietly() {
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transactions.rollback();
            }
        } catch (SystemException | RuntimeException e) {
            LOG.error("Rolling back a request's transaction failed: {}", e.toString());
        } finally {
            endCoordination();
        }
    }

    private void endCoordination() {
        try {
            coordination.end();
        } catch (RuntimeException e) {
            LOG.warn("Ending a request's coordination: {}", e.toString());
        }
    }

    /**
     * Run after every request: a transaction or coordination still bound to this thread (a path that
     * skipped the audit filter) is ended, so it can never leak into the next request the thread serves.
     */
    public static void endLeftover(Optional<TransactionManager> transactions, Optional<Coordinator> coordinator) {
        transactions.ifPresent(tm -> {
            try {
                if (tm.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    LOG.error("A request left its transaction open; rolling it back");
                    tm.rollback();
                }
            } catch (SystemException | RuntimeException e) {
                LOG.error("Could not end a leftover transaction: {}", e.toString());
            }
        });
        coordinator.ifPresent(c -> {
            for (Coordination left = c.peek(); left != null; left = c.peek()) {
                LOG.error("A request left coordination {} open; ending it", left.getName());
                left.fail(new IllegalStateException("left open by a request"));
                try {
                    left.end();
                } catch (RuntimeException expected) {
                    // ending a failed coordination reports the failure; it is ended all the same
                }
            }
        });
    }
}
