package org.kintsugi.core.internal.db;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.kintsugi.core.internal.rest.problem.DatabaseFailures;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers that the database was found unreachable (a connection refused or lost), so that from then on
 * protected requests answer 503 at once instead of each trying the database again: a database that hangs
 * rather than refuses cannot then hold every server thread. One background probe, never a request, asks
 * the database every {@value #PROBE_EVERY_MS} ms and lets requests through again as soon as it answers.
 * A pool that is merely busy does not count: only a lost connection opens it.
 */
@Component(service = DatabaseOutage.class)
public class DatabaseOutage {
    static final long PROBE_EVERY_MS = 200;
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutage.class);

    @Reference(target = "(osgi.jndi.service.name=kintsugi)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    private volatile DataSource dataSource;

    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "kintsugi-db-outage-probe");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean open = new AtomicBoolean();
    private final AtomicLong unaudited = new AtomicLong();
    private final AtomicLong outages = new AtomicLong();
    private volatile Instant since;

    /** True while the database is known to be unreachable: answer 503 without touching it. */
    public boolean isOpen() {
        return open.get();
    }

    /** A request failed: if it lost its connection, the outage begins and the probe starts asking. */
    public void observed(Throwable failure) {
        if (DatabaseFailures.isConnectionLost(failure) && open.compareAndSet(false, true)) {
            since = Instant.now();
            outages.incrementAndGet();
            LOG.warn("The database is unreachable ({}); requests answer 503 until it answers again", failure.toString());
            prober.schedule(this::probe, PROBE_EVERY_MS, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * How many outages this node has seen. A connection kept from before the latest one (as the group commit's
     * writers keep theirs) was broken by it: whoever kept it takes a fresh one, rather than fail a request.
     */
    public long outages() {
        return outages.get();
    }

    /** A refused request whose audit row cannot be written while the database is away. */
    public void unaudited() {
        unaudited.incrementAndGet();
    }

    /**
     * Someone else (the health check) just reached the database: requests go through again at once, so
     * health never says UP while requests are still refused.
     */
    public void answered() {
        if (open.compareAndSet(true, false)) {
            LOG.warn("The database answers again after {} ms; {} requests refused meanwhile could not be audited",
                    Duration.between(since, Instant.now()).toMillis(), unaudited.getAndSet(0));
        }
    }

    private void probe() {
        if (!open.get()) {
            return; // closed meanwhile by the health check
        }
        if (reachable()) {
            answered();
        } else {
            prober.schedule(this::probe, PROBE_EVERY_MS, TimeUnit.MILLISECONDS);
        }
    }

    private boolean reachable() {
        DataSource source = dataSource;
        if (source == null) {
            return false;
        }
        try (Connection connection = source.getConnection()) {
            return connection.isValid(1);
        } catch (Exception e) {
            return false;
        }
    }

    @Deactivate
    void deactivate() {
        prober.shutdownNow();
    }
}
