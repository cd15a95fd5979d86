package org.kintsugi.core.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import javax.persistence.PersistenceException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.internal.audit.AuditRecord;
import org.kintsugi.core.internal.audit.AuditWriter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits the rows of requests that only append (a new referral), each with its audit row, in one
 * transaction per group of requests that arrive together. A transaction of its own per request cost four
 * round trips to the database and a wait on its log flush; a group shares them. Each request still waits
 * until its rows and audit row are durable, and learns whether they are. If a group fails, each of its
 * requests is tried again alone, so one bad row fails only its own request.
 */
@Component(service = GroupCommit.class)
public class GroupCommit {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
    /** Enough to take every request a busy node has in flight at once. */
    static final int MAX_GROUP = 64;
    /**
     * Two writers: while one waits for its group's commit, the other writes the next group. On the benchmark
     * (bench/README.md) one writer left the machine a third idle, and three made groups too small to pay.
     */
    static final int WRITERS = 2;

    private final JpaTemplate jpa;
    private final AuditWriter audit;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Lock taking = new ReentrantLock();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running = true;

    /** One request's rows and audit row, and the answer its thread waits for. */
    private record Pending(List<AppendedRow> rows, AuditRecord record, CompletableFuture<Void> done) {
    }

    @Activate
    public GroupCommit(@Reference(target = "(osgi.unit.name=kintsugi-core)") JpaTemplate jpa,
            @Reference AuditWriter audit, @Reference CoreSchemaReady schema) {
        this.jpa = jpa;
        this.audit = audit;
        for (int i = 1; i <= WRITERS; i++) {
            Thread writer = new Thread(this::writeWhileRunning, "kintsugi-group-commit-" + i);
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
    }

    /** Returns once the rows and the audit row are committed; throws, with nothing written, if they could not be. */
    public void commit(List<AppendedRow> rows, AuditRecord record) {
        Pending pending = new Pending(List.copyOf(rows), record, new CompletableFuture<>());
        if (!running) {
            throw new IllegalStateException("The platform is stopping; nothing was written");
        }
        queue.add(pending);
        if (!running && queue.remove(pending)) { // stopped in between: the writer will not come for it
            throw new IllegalStateException("The platform is stopping; nothing was written");
        }
        try {
            pending.done().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        running = false;
        writers.forEach(Thread::interrupt);
        for (Thread writer : writers) {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        }
        // Whatever the writer did not reach was not written: say so to each waiting request.
        for (Pending left = queue.poll(); left != null; left = queue.poll()) {
            left.done().completeExceptionally(new IllegalStateException("The platform stopped; nothing was written"));
        }
    }

    private void writeWhileRunning() {
        List<Pending> group = new ArrayList<>(MAX_GROUP);
        while (running) {
            try {
                takeEveryoneWaiting(group);
            } catch (InterruptedException stopping) {
                return;
            }
            try {
                write(group);
            } catch (Throwable unexpected) { // the writer must outlive any one group, or every later request waits forever
                LOG.error("Writing a group of appends failed", unexpected);
                group.forEach(pending -> pending.done().completeExceptionally(unexpected));
            }
            group.clear();
        }
    }

    /**
     * Waits for the first request, then takes every other one waiting, as one step: were two writers to take
     * from the queue at once, requests that arrived together would be split into smaller groups for nothing.
     */
    private void takeEveryoneWaiting(List<Pending> group) throws InterruptedException {
        taking.lockInterruptibly();
        try {
            group.add(queue.take());
            queue.drainTo(group, MAX_GROUP - 1);
        } finally {
            taking.unlock();
        }
    }

    private void write(List<Pending> group) {
        try {
            writeTogether(group);
            group.forEach(pending -> pending.done().complete(null));
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                group.get(0).done().completeExceptionally(e);
                return;
            }
            LOG.warn("A group of {} appends failed ({}); writing each alone", group.size(), e.toString());
            for (Pending pending : group) {
                write(List.of(pending));
            }
        }
    }

    private void writeTogether(List<Pending> group) {
        jpa.tx(TransactionType.Required, em -> {
            Connection connection = em.unwrap(Connection.class);
            Map<String, List<AppendedRow>> bySql = new LinkedHashMap<>();
            List<AuditRecord> records = new ArrayList<>(group.size());
            for (Pending pending : group) {
                pending.rows().forEach(row -> bySql.computeIfAbsent(row.sql(), sql -> new ArrayList<>()).add(row));
                records.add(pending.record());
            }
            try {
                for (Map.Entry<String, List<AppendedRow>> kind : bySql.entrySet()) {
                    insert(connection, kind.getKey(), kind.getValue());
                }
            } catch (SQLException e) {
                throw new PersistenceException("Could not write the appended rows", e);
            }
            audit.recordAll(records); // joins this transaction
        });
    }

    private static void insert(Connection connection, String sql, List<AppendedRow> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (AppendedRow row : rows) {
                row.bind(insert);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
