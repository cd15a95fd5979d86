package org.kintsugi.core.internal.commit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.kintsugi.core.internal.audit.AuditRecord;
import org.kintsugi.core.internal.audit.AuditWriter;
import org.kintsugi.core.internal.db.AppendedRow;
import org.kintsugi.core.internal.db.CoreUnit;
import org.kintsugi.core.internal.db.DatabaseOutage;
import org.kintsugi.core.internal.db.PoolConfiguration;
import org.kintsugi.core.spi.schema.SchemaReady;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits the rows of requests that only append (a new referral), each with its audit row, in one
 * transaction per group of requests that arrive together ({@link GroupWriter}; on PostgreSQL one
 * statement). A transaction of its own per request cost four round trips to the database and a wait on its
 * log flush; a group shares them. Each request still waits until its rows and audit row are durable, and
 * learns whether they are. If a group fails, each of its requests is tried again alone, so one bad row
 * fails only its own request.
 */
@Component(service = GroupCommit.class)
public class GroupCommit {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
    /** Enough to take every request a busy node has in flight at once. */
    static final int MAX_GROUP = 64;
    /**
     * Two writers: while one waits for its group's commit, the other writes the next group. On the benchmark
     * (bench/README.md) one writer left the machine a third idle, and three or four made groups too small to
     * pay. Each keeps a connection of the pool while requests keep coming.
     */
    static final int WRITERS = 2;
    /** The writers each keep a connection while busy; requests and the probes need the rest. */
    public static final int MINIMUM_POOL = WRITERS + 2;
    /** How long a writer waits for requests before it gives its connection back to the pool. */
    static final long IDLE_MILLIS = 1_000;

    private final DataSource dataSource;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DatabaseOutage outage;
    private final AuditWriter audit;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Lock taking = new ReentrantLock();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running = true;

    /** One request's rows and audit row, and the answer its thread waits for. */
    record Pending(List<AppendedRow> rows, AuditRecord record, CompletableFuture<Void> done) {
    }

    @Activate
    public GroupCommit(@Reference(target = "(osgi.jndi.service.name=kintsugi)") DataSource dataSource,
            @Reference AuditWriter audit, @Reference(target = CoreUnit.SCHEMA_READY) SchemaReady schema, @Reference ConfigurationAdmin configs) {
        requireLargeEnoughPool(configs);
        this.dataSource = dataSource;
        this.audit = audit;
        for (int i = 1; i <= WRITERS; i++) {
            int number = i;
            Thread writer = new Thread(() -> writeWhileRunning(number), "kintsugi-group-commit-" + i);
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
    }

    /**
     * A pool smaller than the writers need would let two busy writers starve every request of a connection:
     * refuse to start, saying why, rather than hang under the first load.
     */
    static void requireLargeEnoughPool(ConfigurationAdmin configs) {
        Optional<Integer> size = PoolConfiguration.read(configs).flatMap(PoolConfiguration::maxTotal);
        if (size.isPresent() && size.get() < MINIMUM_POOL) {
            String message = "KINTSUGI_DB_POOL_SIZE (pool.maxTotal in etc/org.ops4j.datasource-kintsugi.cfg) is "
                    + size.get() + ", but Kintsugi needs at least " + MINIMUM_POOL + " database connections: its "
                    + WRITERS + " group-commit writers each keep one while requests keep coming. Referrals and "
                    + "health stay unavailable until it is raised and Kintsugi restarted.";
            LOG.error(message);
            throw new IllegalStateException(message);
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

    private long outagesSeen() {
        DatabaseOutage known = outage;
        return known == null ? 0 : known.outages();
    }

    private void writeWhileRunning(int number) {
        try (GroupWriter writer = new GroupWriter(dataSource, audit, number, this::outagesSeen)) {
            writeWhileRunning(writer);
        }
    }

    private void writeWhileRunning(GroupWriter writer) {
        List<Pending> group = new ArrayList<>(MAX_GROUP);
        while (running) {
            try {
                if (!takeEveryoneWaiting(group)) {
                    writer.giveBackConnection(); // idle: the connection is more use to the pool
                    continue;
                }
            } catch (InterruptedException stopping) {
                return;
            }
            try {
                writer.write(group);
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
     * False if none came for {@value #IDLE_MILLIS} ms (or the other writer was waiting for them that long).
     */
    private boolean takeEveryoneWaiting(List<Pending> group) throws InterruptedException {
        if (!taking.tryLock(IDLE_MILLIS, TimeUnit.MILLISECONDS)) {
            return false;
        }
        try {
            Pending first = queue.poll(IDLE_MILLIS, TimeUnit.MILLISECONDS);
            if (first == null) {
                return false;
            }
            group.add(first);
            queue.drainTo(group, MAX_GROUP - 1);
            return true;
        } finally {
            taking.unlock();
        }
    }
}
